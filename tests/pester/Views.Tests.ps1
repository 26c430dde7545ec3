#Requires -Version 7.2
# The default table and list of every WooPS output type, as a user sees them (plain text, headers asserted).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $PSStyle.OutputRendering = 'PlainText'
    $script:store = Start-WooFakeStore -Products 12 -Coupons 2 -Customers 2 -Orders 3
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    $script:product = Get-WooProduct -Type simple -First 1
    $script:variable = Get-WooProduct -Type variable -First 1
    $script:variation = @($variable | Get-WooProductVariation)[0]
    $script:attribute = @(Get-WooProductAttribute)[0]
    $script:order = Get-WooOrder -First 1

    # The header line of the default view (the first line with text), its words.
    function Get-Header($Shown) { -split (($Shown -split "`n") | Where-Object { $_.Trim() } | Select-Object -First 1) }
    function Get-ListLabel($Shown) { @(($Shown -split "`n") | Where-Object { $_ -match '^(\S+)\s*:' } | ForEach-Object { $Matches[1] }) }
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Table views' {
    It '<Name> shows <Columns>' -ForEach @(
        @{ Name = 'a product'; Get = { $product }; Columns = 'id parent sku name type status price stock' }
        @{ Name = 'a variation'; Get = { $variation }; Columns = 'id parent sku name type status price stock' }
        @{ Name = 'a category'; Get = { Get-WooProductCategory -First 1 }; Columns = 'id name slug parent count' }
        @{ Name = 'an attribute'; Get = { $attribute }; Columns = 'id name slug type order_by' }
        @{ Name = 'an attribute term'; Get = { @($attribute | Get-WooProductAttributeTerm)[0] }; Columns = 'id name slug count' }
        @{ Name = 'a coupon'; Get = { Get-WooCoupon -First 1 }; Columns = 'id code discount_type amount usage limit date_expires status' }
        @{ Name = 'a customer'; Get = { Get-WooCustomer -First 1 }; Columns = 'id email first_name last_name username role' }
        @{ Name = 'an order'; Get = { $order }; Columns = 'id number status date_created customer total currency' }
        @{ Name = 'an order note'; Get = { @($order | Get-WooOrderNote)[0] }; Columns = 'id order_id date_created to customer author note' }
        @{ Name = 'a session'; Get = { Get-WooStore }; Columns = 'StoreUrl AuthMethod ApiVersion Key' }
    ) {
        Get-Header (& $Get | Format-Table | Out-String -Width 250) | Should -Be (-split $Columns)
    }

    It 'shows products and variations written together by -PassThru as one table, not a list' {
        $shown = @($product.sku, $variation.sku) | Set-WooProduct -Status publish -PassThru -InformationAction SilentlyContinue | Out-String -Width 250

        Get-Header $shown | Should -Be (-split 'id parent sku name type status price stock')
        $shown | Should -Not -Match '(?m)^regular_price\s*:'
        $shown | Should -Match ([regex]::Escape($variation.sku))
    }
}

Describe 'List views' {
    It '<Name> lists no _links nor price_html, and Format-List * still shows them' -ForEach @(
        @{ Name = 'a product'; Get = { $product }; Has = 'regular_price', 'categories', 'images' }
        @{ Name = 'a variation'; Get = { $variation }; Has = 'parent_id', 'attributes' }
        @{ Name = 'a category'; Get = { Get-WooProductCategory -First 1 }; Has = 'description', 'display' }
        @{ Name = 'an attribute term'; Get = { @($attribute | Get-WooProductAttributeTerm)[0] }; Has = 'slug', 'count' }
        @{ Name = 'a coupon'; Get = { Get-WooCoupon -First 1 }; Has = 'usage_limit', 'product_ids' }
        @{ Name = 'a customer'; Get = { Get-WooCustomer -First 1 }; Has = 'billing', 'shipping' }
        @{ Name = 'an order'; Get = { $order }; Has = 'billing', 'line_items' }
        @{ Name = 'an order note'; Get = { @($order | Get-WooOrderNote)[0] }; Has = 'note', 'author' }
    ) {
        $item = & $Get
        $labels = Get-ListLabel ($item | Format-List | Out-String -Width 250)
        $all = Get-ListLabel ($item | Format-List * | Out-String -Width 250)

        $labels | Should -Not -Contain '_links'
        $labels | Should -Not -Contain 'price_html'
        foreach ($field in $Has) { $labels | Should -Contain $field }
        $all | Should -Contain '_links'
    }

    It 'shows a product category names and a variation its attribute values as text' {
        $productList = $product | Format-List | Out-String -Width 250
        $variationList = $variation | Format-List | Out-String -Width 250

        $productList | Should -Match "(?m)^categories\s*: $([regex]::Escape(($product.categories.name -join '; ')))\s*$"
        $productList | Should -Not -Match 'price_html'
        $variationList | Should -Match "(?m)^attributes\s*: $([regex]::Escape((($variation.attributes | ForEach-Object { '{0}: {1}' -f $_.name, $_.option }) -join '; ')))\s*$"
    }

    It 'shows an item of any route without its _links, which Format-List * still shows' {
        $item = @(Invoke-WooRequest -Path settings/general)[0]

        $shown = $item | Out-String -Width 250

        $item.PSObject.TypeNames[0] | Should -Be 'WooPS.Item'
        $shown | Should -Match "(?m)^id\s+: $($item.id)"
        $shown | Should -Not -Match '_links'
        ($item | Format-List * | Out-String -Width 250) | Should -Match '(?m)^_links'
    }
}
