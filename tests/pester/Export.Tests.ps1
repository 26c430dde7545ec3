#Requires -Version 7.2
# ConvertTo-WooFlat | Export-Csv, a cell edited, Import-Csv | Set-Woo*: the store sees the change, and nothing else.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 12 -Coupons 2 -Customers 2 -Orders 3
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    $script:csv = Join-Path $TestDrive 'export.csv'

    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
    function Get-Writes { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like 'POST *' -or $_ -like 'PUT *' }).Count }
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'ConvertTo-WooFlat' {
    It 'writes category and tag names, image URLs, attribute and line summaries and addresses as readable cells, without _links or price_html' {
        $product = Get-WooProduct -Type simple -First 1
        $variable = Get-WooProduct -Type variable -First 1
        $order = Get-WooOrder -First 1

        $flat = $product | ConvertTo-WooFlat
        $variableFlat = $variable | ConvertTo-WooFlat
        $orderFlat = $order | ConvertTo-WooFlat

        $flat.categories | Should -Be (($product.categories | ForEach-Object name) -join '; ')
        $flat.PSObject.Properties.Name | Should -Not -Contain '_links'
        $flat.PSObject.Properties.Name | Should -Not -Contain 'price_html'
        $flat.dimensions_length | Should -Be $product.dimensions.length
        $variableFlat.attributes | Should -Be (($variable.attributes | ForEach-Object { '{0}: {1}' -f $_.name, ($_.options -join '|') }) -join '; ')
        $orderFlat.line_items | Should -Be (($order.line_items | ForEach-Object { '{0} x {1}' -f $_.quantity, $_.sku }) -join '; ')
        $orderFlat.billing_email | Should -Be $order.billing.email
        (($product | ConvertTo-WooFlat | ConvertTo-Csv) -join "`n") | Should -Not -BeLike '*System.Object`[`]*'
    }
}

Describe 'A flat CSV imported back' {
    It 'writes an edited price and category names to the product, and leaves the other rows unchanged' {
        $products = @(Get-WooProduct -Type simple -First 3)
        $products | ConvertTo-WooFlat | Export-Csv -LiteralPath $csv
        $rows = @(Import-Csv -LiteralPath $csv)
        $rows[0].regular_price = '12.34'
        $rows[0].categories = 'Clothing; Accessories'
        $rows | Export-Csv -LiteralPath $csv

        Import-Csv -LiteralPath $csv | Set-WooProduct -SkipUnchanged -InformationVariable info -WarningVariable warned -WarningAction SilentlyContinue

        Get-Summary $info | Should -Be 'Set-WooProduct: 1 applied, 2 unchanged, 0 failed.'
        $warned | Should -BeNullOrEmpty
        $after = Get-WooProduct -Id $products[0].id
        $after.regular_price | Should -Be 12.34
        ($after.categories.name | Sort-Object) | Should -Be @('Accessories', 'Clothing')
    }

    It 'writes an edited billing city of a customer, and keeps the other parts of the address' {
        $customer = Get-WooCustomer -First 1
        $customer | ConvertTo-WooFlat | Export-Csv -LiteralPath $csv
        $row = Import-Csv -LiteralPath $csv
        $row.billing_city = 'Shelbyville'

        $row | Set-WooCustomer -SkipUnchanged -InformationVariable info

        Get-Summary $info | Should -Be 'Set-WooCustomer: 1 applied, 0 unchanged, 0 failed.'
        $after = Get-WooCustomer -Id $customer.id
        $after.billing.city | Should -Be 'Shelbyville'
        $after.billing.address_1 | Should -Be $customer.billing.address_1
        $after.shipping.city | Should -Be $customer.shipping.city
    }

    It 'writes an edited coupon amount' {
        $coupon = Get-WooCoupon -First 1
        $coupon | ConvertTo-WooFlat | Export-Csv -LiteralPath $csv
        $row = Import-Csv -LiteralPath $csv
        $row.amount = '15'

        $row | Set-WooCoupon -SkipUnchanged -InformationVariable info

        Get-Summary $info | Should -Be 'Set-WooCoupon: 1 applied, 0 unchanged, 0 failed.'
        (Get-WooCoupon -Id $coupon.id).amount | Should -Be 15
    }

    It 'writes an edited order status, and neither sends nor fails on the line item summary' {
        $order = Get-WooOrder -Status processing -First 1
        $order | ConvertTo-WooFlat | Export-Csv -LiteralPath $csv
        $row = Import-Csv -LiteralPath $csv
        $row.status = 'completed'

        $row | Set-WooOrder -SkipUnchanged -InformationVariable info -WarningVariable warned -WarningAction SilentlyContinue

        Get-Summary $info | Should -Be 'Set-WooOrder: 1 applied, 0 unchanged, 0 failed.'
        $warned | Should -BeNullOrEmpty
        $after = Get-WooOrder -Id $order.id
        $after.status | Should -Be 'completed'
        $after.line_items.quantity | Should -Be $order.line_items.quantity
    }

    It 'fails the row whose category name two categories have, naming it, and writes the others' {
        $clothing = Get-WooProductCategory -Slug clothing
        $accessories = Get-WooProductCategory -Slug accessories
        $null = New-WooProductCategory -Name 'Twice' -Parent $clothing.id
        $null = New-WooProductCategory -Name 'Twice' -Parent $accessories.id
        $products = @(Get-WooProduct -Type simple -First 2 -Skip 4)
        $rows = @($products | ConvertTo-WooFlat)
        $rows[0].categories = 'Twice'
        $rows[1].regular_price = '7.77'
        $rows | Export-Csv -LiteralPath $csv

        Import-Csv -LiteralPath $csv | Set-WooProduct -SkipUnchanged -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_ambiguous_key,*'
        $failures[0].Exception.Message | Should -BeLike "*'Twice' names 2 product categories*"
        Get-Summary $info | Should -Be 'Set-WooProduct: 1 applied, 0 unchanged, 1 failed.'
        (Get-WooProduct -Id $products[1].id).regular_price | Should -Be 7.77
    }

    It 'fails the rows of a CSV that Export-Csv made of products without ConvertTo-WooFlat, pointing to it, and sends nothing' {
        Get-WooProduct -Type simple -First 2 | Export-Csv -LiteralPath $csv
        $before = Get-Writes

        Import-Csv -LiteralPath $csv | Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        $failures.Count | Should -Be 2
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[0].Exception.Message | Should -BeLike '*categories*images*ConvertTo-WooFlat*'
        Get-Summary $info | Should -Be 'Set-WooProduct: 0 applied, 0 unchanged, 2 failed.'
        Get-Writes | Should -Be $before
    }
}
