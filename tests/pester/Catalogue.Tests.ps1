#Requires -Version 7.2
# Reading the catalogue beyond products: variations, categories, tags, attributes and their terms.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 120
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    $script:all = @(Get-WooProduct)
    $script:variable = @($all | Where-Object type -eq 'variable')
}

AfterAll {
    Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Get-WooProductVariation' {
    It 'lists the variations of every variable product piped in, matching each product''s variations list' {
        $variable.Count | Should -BeGreaterThan 1

        $variations = @($variable | Get-WooProductVariation)

        $variations[0].PSObject.TypeNames[0] | Should -Be 'WooPS.ProductVariation'
        foreach ($product in $variable) {
            $mine = @($variations | Where-Object parent_id -eq $product.id)
            ($mine.id | Sort-Object) | Should -Be ($product.variations | Sort-Object)
        }
        ($variations | Select-Object -First 1 | Format-Table | Out-String) | Should -Match 'id\s+parent\s+sku\s+name\s+type\s+status\s+price\s+stock'
    }

    It 'gets variations by id, and a piped variation is read again' {
        $product = $variable[0]
        $one = Get-WooProductVariation -ProductId $product.id -Id $product.variations[0]
        $one.id | Should -Be $product.variations[0]
        $one.parent_id | Should -Be $product.id

        @($one | Get-WooProductVariation).id | Should -Be $one.id
    }

    It 'writes a non-terminating error for an unknown variation id' {
        $found = Get-WooProductVariation -ProductId $variable[0].id -Id 999999, $variable[0].variations[0] -ErrorVariable failures -ErrorAction SilentlyContinue

        @($found).Count | Should -Be 1
        $failures.Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 999999
    }
}

Describe 'Categories and tags' {
    It 'lists categories as WooPS.ProductCategory with a table view, and gets one by id' {
        $categories = @(Get-WooProductCategory)

        $categories.Count | Should -BeGreaterThan 1
        $categories[0].PSObject.TypeNames[0] | Should -Be 'WooPS.ProductCategory'
        ($categories | Format-Table | Out-String) | Should -Match 'id\s+name\s+slug\s+parent\s+count'
        (Get-WooProductCategory $categories[1].id).name | Should -Be $categories[1].name
        @(Get-WooProductCategory -ParentId 0).parent | Sort-Object -Unique | Should -Be 0
    }

    It 'filters products by a category given by id, slug or name, all alike' {
        $category = Get-WooProductCategory | Where-Object count -gt 0 | Select-Object -First 1

        $byId = @(Get-WooProduct -Category $category.id)
        $bySlug = @(Get-WooProduct -Category $category.slug)
        $byName = @(Get-WooProduct -Category $category.name)

        $byId.Count | Should -BeGreaterThan 0
        $bySlug.id | Should -Be $byId.id
        $byName.id | Should -Be $byId.id
    }

    It 'says so when a category name is not in the store' {
        { Get-WooProduct -Category 'No Such Category Anywhere' } | Should -Throw -ErrorId 'Woo.woops_term_not_found,WooPS.Commands.GetWooProductCommand'
    }

    It 'lists tags and filters products by one' {
        $tags = @(Get-WooProductTag)
        $tags[0].PSObject.TypeNames[0] | Should -Be 'WooPS.ProductTag'
        ($tags | Format-Table | Out-String) | Should -Match 'id\s+name\s+slug\s+count'
        $tag = @($tags | Where-Object count -gt 0)[0]

        $tagged = @(Get-WooProduct -Tag $tag.slug)

        $tagged.Count | Should -BeGreaterThan 0
        $tagged.id | Should -Be @($all | Where-Object { $_.tags.id -contains $tag.id }).id
    }
}

Describe 'Attributes and terms' {
    It 'lists the attributes, searches them, and lists the terms of one piped in' {
        $attributes = @(Get-WooProductAttribute)
        $attributes.Count | Should -BeGreaterThan 0
        $attributes[0].PSObject.TypeNames[0] | Should -Be 'WooPS.ProductAttribute'

        $color = Get-WooProductAttribute -Search color
        $color.name | Should -Be 'Color'
        $terms = @($color | Get-WooProductAttributeTerm)

        $terms.Count | Should -BeGreaterThan 1
        $terms[0].PSObject.TypeNames[0] | Should -Be 'WooPS.ProductAttributeTerm'
        (Get-WooProductAttributeTerm -AttributeId $color.id -Id $terms[0].id).name | Should -Be $terms[0].name
    }
}

Describe 'Get-WooProduct filters' {
    It 'filters by <Name> exactly as the store''s own answer does' -ForEach @(
        @{ Name = 'type'; Filter = @{ Type = 'variable' }; Expect = { param($p) $p.type -eq 'variable' } }
        @{ Name = 'stock status'; Filter = @{ StockStatus = 'outofstock' }; Expect = { param($p) $p.stock_status -eq 'outofstock' } }
        @{ Name = 'on sale'; Filter = @{ OnSale = $true }; Expect = { param($p) $p.on_sale } }
        @{ Name = 'not on sale'; Filter = @{ OnSale = $false }; Expect = { param($p) -not $p.on_sale } }
        @{ Name = 'featured'; Filter = @{ Featured = $true }; Expect = { param($p) $p.featured } }
        # A variable product matches by any of its variations' prices, so the check is on simple products.
        @{ Name = 'price range'; Filter = @{ Type = 'simple'; MinPrice = 20; MaxPrice = 60 }; Expect = { param($p) $p.type -eq 'simple' -and $p.price -ge 20 -and $p.price -le 60 } }
    ) {
        $expected = @($all | Where-Object { & $Expect $_ })
        $expected.Count | Should -BeGreaterThan 0 -Because 'the fake store''s catalogue has some of each'

        $found = @(Get-WooProduct @Filter)

        $found.id | Should -Be $expected.id
    }

    It 'filters by creation and modification time, sent as UTC' {
        $sorted = $all | Sort-Object date_created_gmt
        $middle = $sorted[[int]($sorted.Count / 2)].date_created_gmt

        $after = @(Get-WooProduct -CreatedAfter $middle)
        $before = @(Get-WooProduct -CreatedBefore $middle.ToLocalTime())

        # Whether the bound itself is included is WooCommerce's business; everything else must match.
        $after.Count | Should -BeGreaterOrEqual @($all | Where-Object { $_.date_created_gmt -gt $middle }).Count
        $after.Count | Should -BeLessOrEqual @($all | Where-Object { $_.date_created_gmt -ge $middle }).Count
        $before.Count | Should -BeGreaterOrEqual @($all | Where-Object { $_.date_created_gmt -lt $middle }).Count
        $before.Count | Should -BeLessOrEqual @($all | Where-Object { $_.date_created_gmt -le $middle }).Count
        $after.Count | Should -BeGreaterThan 0
        $before.Count | Should -BeGreaterThan 0
        @(Get-WooProduct -ModifiedAfter ([datetime]::UtcNow.AddYears(1))).Count | Should -Be 0
    }

    It 'takes -Include, -Exclude, -OrderBy, -Order and -Property' {
        $ids = $all[3, 7, 11].id

        (Get-WooProduct -Include $ids).id | Should -Be $ids
        @(Get-WooProduct -Exclude $ids).Count | Should -Be ($all.Count - 3)
        (Get-WooProduct -Include $ids -OrderBy id -Order desc).id | Should -Be ($ids | Sort-Object -Descending)
        $slim = Get-WooProduct -Include $ids[0] -Property id, sku
        $slim.PSObject.Properties.Name | Should -Be 'id', 'sku'
    }
}
