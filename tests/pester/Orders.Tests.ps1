#Requires -Version 7.2
# Orders end to end: Get-/Set-WooOrder, Get-/Add-/Remove-WooOrderNote and Get-WooOrderRefund against the fake store,
# whose orders are made 13 hours apart from 2026-01-04 08:00 (UTC), with statuses by n mod 12 (a plugin's
# awaiting-shipment among them), every fourth a guest's, and a refund for each refunded order.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 25 -Customers 3 -Orders 48
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue

    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
    function Get-Request([string]$Like) { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like $Like }) }
    function Get-Verbose($Stream) { @($Stream | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message) }
    function Get-Output($Stream) { @($Stream | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }) }
    # What -WhatIf and -Confirm say goes to the host: a child pwsh shows it.
    function Invoke-Child([string]$Command) {
        $connect = "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$env:WOOPS_MODULE'; Connect-WooStore -Url '$($store.HttpUrl)' -ConsumerKey '$($store.Keys.read_write.key)' -ConsumerSecret (ConvertTo-SecureString '$($store.Keys.read_write.secret)' -AsPlainText -Force) -WarningAction SilentlyContinue"
        (dotnet pwsh -NoProfile -Command "$connect; $Command" 2>&1) -join "`n"
    }
    $script:all = @(Get-WooOrder -Status any)
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Get-WooOrder' {
    It 'lists every order but the trash in id order, with money as decimal, dates as datetime and lines of their own type' {
        $listed = @(Get-WooOrder)
        $order = $listed | Where-Object { $_.tax_lines -and $_.shipping_lines } | Select-Object -First 1

        $listed.Count | Should -Be 48
        $listed.id | Should -Be ($listed.id | Sort-Object)
        $listed[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Order'
        $order.total | Should -BeOfType [decimal]
        $order.date_created | Should -BeOfType [datetime]
        $order.line_items[0].PSObject.TypeNames[0] | Should -Be 'WooPS.OrderLineItem'
        $order.line_items[0].price | Should -BeOfType [decimal]
        $order.line_items[0].total | Should -BeOfType [decimal]
        $order.tax_lines[0].PSObject.TypeNames[0] | Should -Be 'WooPS.OrderTaxLine'
        $order.tax_lines[0].tax_total | Should -BeOfType [decimal]
        ($order.line_items | Measure-Object total -Sum).Sum + $order.shipping_total + $order.total_tax - $order.discount_total + (($order.fee_lines | Measure-Object total -Sum).Sum) | Should -Be $order.total
    }

    It 'asks for several statuses in one listing, a plugin''s status among them' {
        $stream = @(Get-WooOrder -Status on-hold, awaiting-shipment -IncludeTotalCount -Verbose 4>&1)
        $orders = @(Get-Output $stream | Select-Object -Skip 1)

        @(Get-Verbose $stream) -match '/orders\?' | Should -Match 'status=on-hold%2Cawaiting-shipment&'
        @($orders.status | Sort-Object -Unique) | Should -Be @('awaiting-shipment', 'on-hold')
        (Get-Output $stream)[0] | Should -Be $orders.Count
        $orders.Count | Should -Be 8
    }

    It 'filters on when orders were made, sending the moments in UTC' {
        $after = [datetime]::SpecifyKind([datetime]'2026-01-05T00:00:00', 'Utc')
        $before = [datetime]::SpecifyKind([datetime]'2026-01-07T00:00:00', 'Utc')
        $stream = @(Get-WooOrder -Status any -CreatedAfter $after -CreatedBefore $before -Verbose 4>&1)
        $expected = @($all | Where-Object { $_.date_created -gt $after -and $_.date_created -lt $before })

        @(Get-Verbose $stream) -match '/orders\?' | Should -Match 'after=2026-01-05T00%3A00%3A00&before=2026-01-07T00%3A00%3A00&dates_are_gmt=true&'
        (Get-Output $stream).id | Should -Be $expected.id
        $expected.Count | Should -Be 3
    }

    It 'lists the orders of a piped customer, and of a piped product, and a guest''s with -CustomerId 0' {
        $customer = Get-WooCustomer -Email customer2@example.com
        $product = Get-WooProduct -Id $all[0].line_items[0].product_id

        $ofCustomer = @($customer | Get-WooOrder -Status any)
        $ofProduct = @($product | Get-WooOrder -Status any)
        $guests = @(Get-WooOrder -Status any -CustomerId 0)

        $ofCustomer.id | Should -Be @($all | Where-Object customer_id -EQ $customer.id).id
        $ofCustomer.Count | Should -BeGreaterThan 0
        $ofProduct.id | Should -Be @($all | Where-Object { $_.line_items.product_id -contains $product.id }).id
        $guests.id | Should -Be @($all | Where-Object customer_id -EQ 0).id
        $guests.Count | Should -Be 12

        $customer | Get-WooOrder -CustomerId 2 -ErrorVariable both -ErrorAction SilentlyContinue
        $both[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $both[0].ErrorDetails.RecommendedAction | Should -Be 'Pipe customers in, or give -CustomerId, not both.'
    }

    It 'ends with the store''s list of statuses when a status filter names none it knows' {
        { Get-WooOrder -Status shipped } | Should -Throw -ExpectedMessage '*status*is not one of*awaiting-shipment*' -ErrorId 'Woo.rest_invalid_param,WooPS.Commands.GetWooOrderCommand'
    }

    It 'writes the orders asked for by id, and a non-terminating error for an id that is none' {
        $found = @(Get-WooOrder -Id $all[2].id, 999999, $all[0].id -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found.id | Should -Be @($all[2].id, $all[0].id)
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woocommerce_rest_shop_order_invalid_id,*'
    }

    It 'shows a table of id, number, status, date, customer, total and currency, and a list without links' {
        $order = $all | Where-Object { $_.billing.first_name } | Select-Object -First 1
        $table = ($order | Out-String -Width 200) -split "`r?`n" | Where-Object { $_.Trim() }
        $list = $order | Format-List | Out-String -Width 200

        $table[0] -split '\s+' | Where-Object { $_ } | Should -Be @('id', 'number', 'status', 'date_created', 'customer', 'total', 'currency')
        $table[2] | Should -Match ([regex]::Escape("$($order.billing.first_name) $($order.billing.last_name)"))
        $list | Should -Not -Match '_links'
        $list | Should -Match ('line_items\s+: \d+ x ' + [regex]::Escape($order.line_items[0].name))

        # Only some fields asked for: no customer is made up.
        $partial = (Get-WooOrder -Include $order.id -Property id, status, total | Out-String -Width 200) -split "`r?`n" | Where-Object { $_.Trim() }
        $partial[2] | Should -Not -Match 'guest'
        $guest = $all | Where-Object customer_id -EQ 0 | Select-Object -First 1
        ($guest | Out-String -Width 200) | Should -Match ([regex]::Escape($guest.billing.first_name))
    }
}

Describe 'Set-WooOrder' {
    It 'previews a status change of piped orders with what each held, sending nothing' {
        $onHold = @(Get-WooOrder -Status on-hold)
        $batches = (Get-Request 'POST /wp-json/wc/v3/orders/batch').Count

        $preview = Invoke-Child 'Get-WooOrder -Status on-hold | Set-WooOrder -Status completed -WhatIf'

        $preview | Should -Match ([regex]::Escape("What if: order $($onHold[0].id): Set status = 'completed' (was 'on-hold')"))
        (Get-Request 'POST /wp-json/wc/v3/orders/batch').Count | Should -Be $batches
        (Get-WooOrder -Id $onHold[0].id).status | Should -Be 'on-hold'
    }

    It 'changes piped orders in batches, and the store adds its note of the change' {
        $onHold = @(Get-WooOrder -Status on-hold)
        $batches = (Get-Request 'POST /wp-json/wc/v3/orders/batch').Count

        $onHold | Set-WooOrder -Status completed -BatchSize 3 -InformationVariable info

        Get-Summary $info | Should -Be "Set-WooOrder: $($onHold.Count) applied, 0 unchanged, 0 failed."
        (Get-Request 'POST /wp-json/wc/v3/orders/batch').Count - $batches | Should -Be ([Math]::Ceiling($onHold.Count / 3))
        @(Get-WooOrder -Id $onHold.id).status | Sort-Object -Unique | Should -Be 'completed'
        (Get-WooOrderNote -OrderId $onHold[0].id).note | Should -Contain 'Order status changed from On hold to Completed.'
    }

    It 'fails a status the store does not know before anything is sent, and takes a plugin''s status in any case' {
        $target = @($all | Where-Object status -EQ 'processing')
        $sent = (Get-Request 'POST /wp-json/wc/v3/orders/batch').Count + (Get-Request 'PUT /wp-json/wc/v3/orders/*').Count

        Set-WooOrder -Id $target[0].id -Status shipped -ErrorVariable failures -ErrorAction SilentlyContinue -OutcomeVariable outcome

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[0].Exception.Message | Should -Be "order $($target[0].id): status is one of the order statuses this store knows (pending, processing, on-hold, completed, cancelled, refunded, failed, checkout-draft, awaiting-shipment), not 'shipped'."
        $outcome[0].Outcome | Should -Be 'Failed'
        (Get-Request 'POST /wp-json/wc/v3/orders/batch').Count + (Get-Request 'PUT /wp-json/wc/v3/orders/*').Count | Should -Be $sent
        (Get-WooOrder -Id $target[0].id).status | Should -Be 'processing'

        Set-WooOrder -Id $target[0].id -Status Awaiting-Shipment -PassThru | ForEach-Object status | Should -Be 'awaiting-shipment'
    }

    It 'reads the statuses once per session' {
        $totals = (Get-Request 'GET /wp-json/wc/v3/reports/orders/totals').Count
        $target = @($all | Where-Object status -EQ 'pending')

        Set-WooOrder -Id $target[0].id -Status pending
        Set-WooOrder -Id $target[1].id -Status pending

        (Get-Request 'GET /wp-json/wc/v3/reports/orders/totals').Count | Should -Be $totals
    }

    It 'checks against WooCommerce''s own statuses when the key may not read the store''s, saying so' {
        $readWrite = Get-WooStore
        $writeOnly = Connect-WooStore -Url $store.HttpUrl -ConsumerKey $store.Keys.write.key -ConsumerSecret (New-TestSecret -Plain $store.Keys.write.secret) -PassThru -WarningAction SilentlyContinue
        $target = @($all | Where-Object status -EQ 'failed')

        Set-WooOrder -Session $writeOnly -Id $target[0].id -Status awaiting-shipment -ErrorVariable failures -ErrorAction SilentlyContinue
        Set-WooOrder -Session $writeOnly -Id $target[0].id -Status cancelled -ErrorVariable more -ErrorAction SilentlyContinue

        $failures[0].Exception.Message | Should -BeLike "*WooCommerce's own order statuses (pending, *; the store's own list, with its plugins' order statuses, could not be read), not 'awaiting-shipment'."
        $more.Count | Should -Be 0
        (Get-WooOrder -Session $readWrite -Id $target[0].id).status | Should -Be 'cancelled'
        $writeOnly | Disconnect-WooStore
        $key = $store.Keys.read_write
        Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    }

    It 'accounts for every row of a feed: applied, unchanged with -SkipUnchanged, and failed, each naming its row' {
        $completed = @($all | Where-Object status -EQ 'completed')
        $refunded = @($all | Where-Object status -EQ 'refunded')
        $csv = @(
            [pscustomobject]@{ order_id = "$($completed[1].id)"; status = 'completed' }
            [pscustomobject]@{ order_id = "$($refunded[0].id)"; status = 'on-hold' }
            [pscustomobject]@{ order_id = '999999'; status = 'completed' }
            [pscustomobject]@{ order_id = "$($completed[2].id)"; status = 'shipped' }
        ) | ConvertTo-Csv | ConvertFrom-Csv

        $csv | Set-WooOrder -SkipUnchanged -OutcomeVariable outcome -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        ($outcome | Sort-Object Row).Outcome | Should -Be @('Unchanged', 'Applied', 'Failed', 'Failed')
        Get-Summary $info | Should -Be 'Set-WooOrder: 1 applied, 1 unchanged, 2 failed.'
        $failures.TargetObject | Should -Contain $csv[2]
        $failures.TargetObject | Should -Contain $csv[3]
        (Get-WooOrder -Id $refunded[0].id).status | Should -Be 'on-hold'
    }

    It 'empties the customer''s own note with -Clear and names a column no parameter takes' {
        $noted = @($all | Where-Object { $_.customer_note })[0]

        [pscustomobject]@{ id = $noted.id; carrier = 'DHL' } | Set-WooOrder -Clear CustomerNote -WarningVariable warnings -WarningAction SilentlyContinue

        (Get-WooOrder -Id $noted.id).customer_note | Should -Be ''
        $warnings -join "`n" | Should -Match 'carrier'
    }
}

Describe 'Order notes' {
    It 'lists the notes of piped orders, each naming its order, and only those for the customer with -Type customer' {
        $orders = @($all | Select-Object -First 4)

        $notes = @($orders | Get-WooOrderNote)
        $forCustomer = @($orders | Get-WooOrderNote -Type customer)

        $notes.Count | Should -BeGreaterThan 0
        $notes[0].PSObject.TypeNames[0] | Should -Be 'WooPS.OrderNote'
        @($notes.order_id | Sort-Object -Unique) | ForEach-Object { $orders.id | Should -Contain $_ }
        $forCustomer | Where-Object { -not $_.customer_note } | Should -BeNullOrEmpty
    }

    It 'adds a customer note from each row, one request each, and says in -WhatIf that it is e-mailed' {
        $orders = @($all | Where-Object customer_id -GT 0 | Select-Object -First 3)
        $rows = $orders | ForEach-Object { [pscustomobject]@{ order_id = $_.id; note = "Shipped: parcel $($_.id)" } }
        $posts = (Get-Request 'POST /wp-json/wc/v3/orders/*/notes').Count

        $preview = Invoke-Child "$($orders[0].id) | Add-WooOrderNote -Note 'Shipped: parcel' -CustomerNote -WhatIf"
        (Get-Request 'POST /wp-json/wc/v3/orders/*/notes').Count | Should -Be $posts
        $preview | Should -Match "What if: new order note of order $($orders[0].id): Add a note that WooCommerce e-mails to the customer at once: 'Shipped: parcel'"

        $added = @($rows | Add-WooOrderNote -CustomerNote)

        $added.Count | Should -Be 3
        $added.customer_note | Should -Be @($true, $true, $true)
        ($added.order_id | Sort-Object) | Should -Be ($orders.id | Sort-Object)
        (Get-Request 'POST /wp-json/wc/v3/orders/*/notes').Count - $posts | Should -Be 3
        $emails = @(Get-WooFakeStoreEmail $store | Where-Object text -Like 'Shipped: parcel *')
        $emails.to | Sort-Object | Should -Be ($orders.billing.email | Sort-Object)
    }

    It 'adds a private note to piped orders and order ids, and fails a row without a note' {
        $order = $all[5]

        $added = @($order, $all[6].id | Add-WooOrderNote -Note 'Checked by the warehouse.')
        [pscustomobject]@{ order_id = $order.id } | Add-WooOrderNote -ErrorVariable failures -ErrorAction SilentlyContinue

        $added.order_id | Should -Be @($order.id, $all[6].id)
        $added.customer_note | Should -Be @($false, $false)
        $failures.Count | Should -Be 1
        $failures[0].Exception.Message | Should -BeLike '*needs a note*'
    }

    It 'deletes piped notes for good, one request each, after -WhatIf names them' {
        $order = $all[7]
        $null = @(1..2 | ForEach-Object { Add-WooOrderNote -OrderId $order.id -Note "Temporary $_" })
        $temporary = @(Get-WooOrderNote -OrderId $order.id | Where-Object note -Like 'Temporary *')

        $preview = Invoke-Child "Get-WooOrderNote -OrderId $($order.id) | Where-Object note -Like 'Temporary *' | Remove-WooOrderNote -WhatIf"
        $temporary | Remove-WooOrderNote -Confirm:$false -InformationVariable info

        $preview | Should -Match "What if: order note $($temporary[0].id) of order $($order.id): Delete for good"
        Get-Summary $info | Should -Be 'Remove-WooOrderNote: 2 applied, 0 unchanged, 0 failed.'
        @(Get-WooOrderNote -OrderId $order.id | Where-Object note -Like 'Temporary *').Count | Should -Be 0
        (Get-Request "DELETE /wp-json/wc/v3/orders/$($order.id)/notes/*").Count | Should -Be 2
    }
}

Describe 'Get-WooOrderRefund' {
    It 'lists the refunds of piped orders, each naming its order, with the amount as decimal' {
        $refundedOrders = @($all | Where-Object { $_.refunds })

        $refunds = @($refundedOrders | Get-WooOrderRefund)

        $refunds.Count | Should -Be @($refundedOrders.refunds).Count
        $refunds[0].PSObject.TypeNames[0] | Should -Be 'WooPS.OrderRefund'
        $refunds[0].amount | Should -BeOfType [decimal]
        $refunds[0].order_id | Should -Be $refundedOrders[0].id
        $refunds[0].amount | Should -Be (-$refundedOrders[0].refunds[0].total)
    }
}
