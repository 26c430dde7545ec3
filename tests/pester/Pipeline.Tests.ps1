#Requires -Version 7.2
# What the Get cmdlets make of what is piped into them: right answers or clear errors, and many items to a request.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 120
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -WarningAction SilentlyContinue
    $script:all = @(Get-WooProduct)

    # The requests the store saw while $Action ran ("GET /wp-json/wc/v3/products", …).
    function Get-RequestsOf([scriptblock]$Action) {
        $before = @(Get-WooFakeStoreRequest -Store $store).Count
        $null = & $Action
        $seen = @(Get-WooFakeStoreRequest -Store $store)
        if ($seen.Count -gt $before) { $seen[$before..($seen.Count - 1)] } else { @() }
    }
}

AfterAll {
    Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Categories and tags in the pipeline' {
    It 'a category piped into Get-WooProduct lists its products, and is never taken for product 16' {
        $clothing = Get-WooProductCategory -Slug clothing
        $clothing.id | Should -Be 16

        $piped = @($clothing | Get-WooProduct)

        $piped.Count | Should -BeGreaterThan 1
        $piped.id | Should -Be @(Get-WooProduct -Category 16).id
        @($piped | Where-Object { $_.id -eq 16 -and $_.categories.id -notcontains 16 }) | Should -BeNullOrEmpty
    }

    It 'a tag piped in lists the products with that tag' {
        $tag = Get-WooProductTag -Slug sale

        (@($tag | Get-WooProduct)).id | Should -Be @($all | Where-Object { $_.tags.id -contains $tag.id }).id
    }

    It '-Category and -Tag take the objects themselves, and refuse one of the other kind' {
        $category = Get-WooProductCategory -Slug accessories
        $tag = Get-WooProductTag -Slug sale

        (Get-WooProduct -Category $category).id | Should -Be (Get-WooProduct -Category $category.id).id
        (Get-WooProduct -Tag $tag).id | Should -Be (Get-WooProduct -Tag $tag.slug).id
        { Get-WooProduct -Category $tag } | Should -Throw -ExpectedMessage '*takes a WooPS.ProductCategory*WooPS.ProductTag (id 22)*' -ErrorId 'ParameterArgumentTransformationError,WooPS.Commands.GetWooProductCommand'
        { Get-WooProduct -Category (Get-WooProductCategory -First 2) } | Should -Throw -ExpectedMessage '*takes one WooPS.ProductCategory*' -ErrorId 'ParameterArgumentTransformationError,WooPS.Commands.GetWooProductCommand'
        { Get-WooProduct -Category ' ' -ErrorAction Stop } | Should -Throw -ErrorId 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductCommand'
    }

    It 'names come out decoded, and a name with & finds its category, by -Category and by -Search' {
        $homeAndGarden = Get-WooProductCategory | Where-Object slug -eq 'home-garden'

        $homeAndGarden.name | Should -Be 'Home & Garden'
        (Get-WooProduct -Category 'Home & Garden').id | Should -Be (Get-WooProduct -Category $homeAndGarden.id).id
        (Get-WooProductCategory -Search 'Home & Garden').id | Should -Be $homeAndGarden.id
        ($all | Where-Object { $_.categories.id -contains $homeAndGarden.id } | Select-Object -First 1).categories.name | Should -Contain 'Home & Garden'
    }
}

Describe 'Ids and SKUs in the pipeline' {
    It 'a CSV with a sku column binds by it, and the products come out in the order of the rows' {
        $csv = Join-Path $TestDrive 'skus.csv'
        $all[7, 3, 5] | Select-Object sku | Export-Csv -Path $csv -NoTypeInformation

        (Import-Csv $csv | Get-WooProduct).sku | Should -Be $all[7, 3, 5].sku
    }

    It '60 piped ids cost one request (counted by the store) and come out in input order' {
        $ids = @($all[59..0].id)

        $requests = Get-RequestsOf { $script:found = @($ids | Get-WooProduct) }

        $script:found.id | Should -Be $ids
        $requests | Should -Be 'GET /wp-json/wc/v3/products'
    }

    It 'an unknown id or SKU is an error for that item alone, the others still come' {
        $found = @($all[0].id, 999999, $all[1].sku, 'NO-SUCH-SKU', $all[2].id | Get-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found.id | Should -Be $all[0].id, $all[1].id, $all[2].id
        $failures.Count | Should -Be 2
        $failures[0].FullyQualifiedErrorId | Should -Be 'Woo.woocommerce_rest_product_invalid_id,WooPS.Commands.GetWooProductCommand'
        $failures[0].TargetObject | Should -Be 999999
        $failures[1].FullyQualifiedErrorId | Should -Be 'Woo.woops_sku_not_found,WooPS.Commands.GetWooProductCommand'
        $failures[1].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'products piped into Get-WooProduct are read again, and -Id takes many at once too' {
        ($all[10..12] | Get-WooProduct).id | Should -Be $all[10..12].id
        $requests = Get-RequestsOf { Get-WooProduct -Id $all[0..49].id }
        $requests | Should -Be 'GET /wp-json/wc/v3/products'
    }

    It 'objects of another kind are refused with an error naming them, and the pipeline goes on' {
        $attribute = Get-WooProductAttribute -Id 1

        $found = @($attribute, (Get-Process -Id $PID), $all[0] | Get-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found.id | Should -Be $all[0].id
        $failures.Count | Should -Be 2
        $failures.FullyQualifiedErrorId | Sort-Object -Unique | Should -Be 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductCommand'
        $failures[0].Exception.Message | Should -BeLike '*a WooPS.ProductAttribute (id 1)*'
        $failures[0].TargetObject | Should -Be $attribute
        $failures[1].Exception.Message | Should -BeLike '*a System.Diagnostics.Process*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'ids below 1 are refused; whole numbers of any type, and SKUs in any case, are taken' {
        $found = @(0, -5, 10.0, [decimal]11, $all[2].sku.ToLowerInvariant() | Get-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found.id | Should -Be 10, 11, $all[2].id
        $failures.Count | Should -Be 2
        $failures.FullyQualifiedErrorId | Sort-Object -Unique | Should -Be 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductCommand'
        $failures[1].Exception.Message | Should -BeLike '*the number -5*'
    }

    It 'a variation''s id given to Get-WooProduct answers with the variation' {
        $variation = $all | Where-Object type -eq 'variable' | Select-Object -First 1 | Get-WooProductVariation | Select-Object -First 1

        $found = Get-WooProduct -Id $variation.id

        $found.PSObject.TypeNames[0] | Should -Be 'WooPS.ProductVariation'
        $found.parent_id | Should -Be $variation.parent_id
    }

    It 'categories exported to CSV and read back are not taken for products (their columns say what they are)' {
        $csv = Join-Path $TestDrive 'categories.csv'
        Get-WooProductCategory -First 2 | Export-Csv -Path $csv

        $found = @(Import-Csv $csv | Get-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found | Should -BeNullOrEmpty
        $failures.Count | Should -Be 2
        $failures[0].Exception.Message | Should -BeLike "*a row with a category's, tag's or term's columns*"
        $failures[0].ErrorDetails.RecommendedAction | Should -BeLike '*-Category*'
    }

    It 'paging parameters with items named by id end the command instead of being ignored' {
        { 10, 11, 12 | Get-WooProduct -First 2 -ErrorAction Stop } | Should -Throw -ExpectedMessage '*-First*' -ErrorId 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductCommand'
        { Get-WooProduct -Id 10, 11 -Skip 1 -ErrorAction Stop } | Should -Throw -ExpectedMessage '*-Skip*-Id names items*' -ErrorId 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductCommand'
    }

    It '$null piped in is an error, not a listing of the whole store' {
        $found = @($null | Get-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -Be 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductCommand'
    }

    It 'list filters with piped ids end the command with an error that says why' {
        { 1, 2 | Get-WooProduct -Status draft -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*-Status*' -ErrorId 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductCommand'
    }

    It 'a product piped into Get-WooProductCategory is refused, with the way to its categories' {
        $null = $all[0] | Get-WooProductCategory -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -Be 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductCategoryCommand'
        $failures[0].ErrorDetails.RecommendedAction | Should -BeLike '*categories.id*'
    }

    It 'categories and tags piped into their own Get are read again' {
        $categories = @(Get-WooProductCategory -First 3)

        ($categories | Get-WooProductCategory).id | Should -Be $categories.id
    }
}

Describe 'Variations in the pipeline' {
    BeforeAll {
        $script:variable = @($all | Where-Object type -eq 'variable')
    }

    It 'piped variations are read again, one request per product, in input order' {
        $variations = @($variable[0..2] | Get-WooProductVariation)
        $variations.Count | Should -BeGreaterThan 6
        $shuffled = @($variations[-1], $variations[0]) + @($variations[1..($variations.Count - 2)])

        $requests = Get-RequestsOf { $script:again = @($shuffled | Get-WooProductVariation) }

        $script:again.id | Should -Be $shuffled.id
        $script:again[0].PSObject.TypeNames[0] | Should -Be 'WooPS.ProductVariation'
        $requests.Count | Should -Be 3
        $requests | Sort-Object -Unique | Should -Be @($variable[0..2].id | ForEach-Object { "GET /wp-json/wc/v3/products/$_/variations" })
    }

    It 'ids piped with -ProductId are that product''s variations, fetched together' {
        $product = $variable[0]

        $requests = Get-RequestsOf { $script:found = @($product.variations | Get-WooProductVariation -ProductId $product.id) }

        ($script:found.id | Sort-Object) | Should -Be ($product.variations | Sort-Object)
        $requests | Should -Be "GET /wp-json/wc/v3/products/$($product.id)/variations"
    }

    It 'a product that does not exist is an error saying so, not an empty list' {
        $found = @(Get-WooProductVariation -ProductId 99999 -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'Woo.woocommerce_rest_product_invalid_id,WooPS.Commands.GetWooProductVariationCommand'
        $failures[0].Exception.Message | Should -BeLike '*No product with id 99999*'
        $failures[0].TargetObject | Should -Be 99999
    }

    It 'products saved to CSV and read back list their variations (their parent_id 0 names no parent)' {
        $csv = Join-Path $TestDrive 'variable.csv'
        $variable[0..1] | Export-Csv -Path $csv

        $fromCsv = @(Import-Csv $csv | Get-WooProductVariation -ErrorVariable failures)

        $failures | Should -BeNullOrEmpty
        ($fromCsv.id | Sort-Object) | Should -Be (@($variable[0..1] | Get-WooProductVariation).id | Sort-Object)
    }

    It 'a product piped in together with -ProductId is refused, not silently ignored' {
        $null = $variable[0] | Get-WooProductVariation -ProductId $variable[1].id -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -Be 'Woo.woops_wrong_input,WooPS.Commands.GetWooProductVariationCommand'
        $failures[0].ErrorDetails.RecommendedAction | Should -BeLike '*not both*'
    }

    It 'a simple product has no variations and that is no error' {
        $simple = $all | Where-Object type -eq 'simple' | Select-Object -First 1

        @($simple | Get-WooProductVariation -ErrorVariable failures) | Should -BeNullOrEmpty
        $failures | Should -BeNullOrEmpty
    }

    It 'a variation SKU given to Get-WooProduct finds the variation' {
        $variation = $variable[0] | Get-WooProductVariation | Select-Object -First 1

        $found = Get-WooProduct -Sku $variation.sku
        $found.id | Should -Be $variation.id
        $found.PSObject.TypeNames[0] | Should -Be 'WooPS.ProductVariation'
        ($variation.sku | Get-WooProduct).id | Should -Be $variation.id
    }
}

Describe 'Listing past the end' {
    It '-Skip past the last product writes nothing and no error' {
        $found = @(Get-WooProduct -Skip 1000 -ErrorVariable failures -WarningVariable warnings)

        $found | Should -BeNullOrEmpty
        $failures | Should -BeNullOrEmpty
        $warnings | Should -BeNullOrEmpty
    }
}

Describe '-InputObject given by name' {
    It 'is read like a piped object, never ignored for a listing of the whole store' {
        (Get-WooProduct -InputObject $all[4].id).id | Should -Be $all[4].id
        (Get-WooProduct -InputObject $all[4].id, $all[5].id).id | Should -Be $all[4].id, $all[5].id
        (Get-WooProduct -InputObject (Get-WooProductTag -Slug sale)).id | Should -Be (Get-WooProduct -Tag sale).id
    }
}
