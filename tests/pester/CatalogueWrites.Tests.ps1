#Requires -Version 7.2
# Writing variations, categories and tags, and rows as PowerShell users write them (hashtables, text).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 60
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    $script:variable = @(Get-WooProduct -Type variable)

    function Get-Request([string]$Like) { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like $Like }) }
    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
}

AfterAll {
    Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Variations' {
    It 'changes the variations of several products piped in, one batch per product' {
        $variations = @($variable[0..1] | Get-WooProductVariation)
        $before = (Get-Request 'POST */variations/batch').Count

        $written = @($variations | Set-WooProductVariation -RegularPrice 33.5 -PassThru -InformationVariable info)

        $written.Count | Should -Be $variations.Count
        $written[0].PSObject.TypeNames[0] | Should -Be 'WooPS.ProductVariation'
        ($written.regular_price | Sort-Object -Unique) | Should -Be 33.5
        (Get-Request 'POST */variations/batch').Count - $before | Should -Be 2
        Get-Summary $info | Should -Be "Set-WooProductVariation: $($variations.Count) applied, 0 unchanged, 0 failed."
    }

    It 'creates a variation with attribute values by name, updates it by its SKU through Set-WooProduct, and trashes it' {
        $product = $variable[2]

        $made = New-WooProductVariation -ProductId $product.id -Attribute ([ordered]@{ Color = 'Blue'; Size = 'M' }) -RegularPrice 20 -Sku 'PESTER-VAR-1'
        $changed = Set-WooProduct -Sku 'PESTER-VAR-1' -SalePrice 15 -PassThru
        $trashed = Remove-WooProductVariation -ProductId $product.id -Id $made.id -Confirm:$false -PassThru

        $made.parent_id | Should -Be $product.id
        ($made.attributes | Sort-Object id | ForEach-Object { "$($_.id)=$($_.option)" }) -join ';' | Should -Be '1=Blue;2=M'
        $changed.PSObject.TypeNames[0] | Should -Be 'WooPS.ProductVariation'
        $changed.sale_price | Should -Be 15
        $trashed.id | Should -Be $made.id
        (Get-WooProductVariation -ProductId $product.id -Id $made.id).status | Should -Be 'trash'
    }

    It 'takes attribute values from a CSV cell' {
        $product = $variable[3]
        $rows = [pscustomobject]@{ product_id = $product.id; attributes = 'Color=Green; Size=L'; regular_price = '12.00'; sku = 'PESTER-VAR-CSV' }

        $made = $rows | New-WooProductVariation

        ($made.attributes | Sort-Object id | ForEach-Object { "$($_.id)=$($_.option)" }) -join ';' | Should -Be '1=Green;2=L'
    }

    It 'refuses a product''s SKU where a variation is meant' {
        $simple = Get-WooProduct -Type simple -First 1

        Set-WooProductVariation -Sku $simple.sku -RegularPrice 1 -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input*'
        $failures[0].Exception.Message | Should -Match "is a product's, not a variation's"
    }
}

Describe 'Categories and tags' {
    It 'creates tags from piped names, naming the one that exists already' {
        $made = @('Pester Tag', 'RW & Co', 'sale' | New-WooProductTag -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info)

        $made.name | Should -Be @('Pester Tag', 'RW & Co')
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.term_exists*'
        $failures[0].TargetObject | Should -Be 'sale'
        Get-Summary $info | Should -Be 'New-WooProductTag: 2 applied, 0 unchanged, 1 failed.'
    }

    It 'creates a category under a parent named by slug, renames it, and deletes it for good' {
        $made = New-WooProductCategory -Name 'Pester & Sons' -Parent clothing
        $renamed = Set-WooProductCategory -Id $made.id -Name 'Pester Renamed' -PassThru
        $gone = $renamed | Remove-WooProductCategory -Confirm:$false -PassThru
        Get-WooProductCategory -Id $made.id -ErrorVariable missing -ErrorAction SilentlyContinue

        $made.name | Should -Be 'Pester & Sons'
        $made.parent | Should -Be (Get-WooProductCategory -Slug clothing).id
        $renamed.slug | Should -Be $made.slug
        $gone.id | Should -Be $made.id
        $missing.Count | Should -Be 1
    }

    It 'refuses text piped where a term is named by id, without asking the store' {
        $before = @(Get-WooFakeStoreRequest $store).Count

        'clothing' | Set-WooProductCategory -Name x -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input*'
        @(Get-WooFakeStoreRequest $store).Count | Should -Be $before
    }
}

Describe 'Rows as people write them' {
    It 'binds the keys of a piped hashtable like the columns of a CSV row' {
        $p = Get-WooProduct -Type simple -First 1

        $written = @{ sku = $p.sku; regular_price = '7.25'; stock_status = 'outofstock' } | Set-WooProduct -PassThru

        $written.regular_price | Should -Be 7.25
        $written.stock_status | Should -Be 'outofstock'
    }

    It 'names a row whose cell cannot be the field''s type instead of leaving the field out' {
        $p = Get-WooProduct -Type simple -First 1

        [pscustomobject]@{ id = $p.id; stock_quantity = '4.5' }, @{ id = $p.id; date_on_sale_from = '24/12/2026' } | Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 2
        $failures[0].Exception.Message | Should -Match "'4.5' is not a whole number"
        $failures[1].Exception.Message | Should -Match "'24/12/2026' is not a date"
    }

    It 'names the invariant culture as such when a date cannot be read under it' {
        $p = Get-WooProduct -Type simple -First 1
        $previous = [cultureinfo]::CurrentCulture
        [cultureinfo]::CurrentCulture = [cultureinfo]::InvariantCulture
        try {
            @{ id = $p.id; date_on_sale_from = 'soon' } | Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue
        }
        finally { [cultureinfo]::CurrentCulture = $previous }

        $failures[0].Exception.Message | Should -BeLike "*'soon' is not a date: write it as 2026-12-24 or 2026-12-24T08:00:00, or as this computer's culture (invariant) writes dates."
    }

    It 'reports a row with nothing to change as unchanged, and an unknown id in such a row as an error' {
        $p = Get-WooProduct -Type simple -First 1

        [pscustomobject]@{ id = $p.id; regular_price = '' }, [pscustomobject]@{ id = 999999; regular_price = '' } | Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        Get-Summary $info | Should -Be 'Set-WooProduct: 0 applied, 1 unchanged, 1 failed.'
        $failures[0].TargetObject.id | Should -Be 999999
    }
}
