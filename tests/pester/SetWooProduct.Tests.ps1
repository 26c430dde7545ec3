#Requires -Version 7.2
# Changing products from the pipeline: CSV rows and objects bind by name, batches go out, every row ends in one
# outcome, and the summary line counts them.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 260
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    $script:simple = @(Get-WooProduct -Type simple)
    $script:csv = Join-Path ([System.IO.Path]::GetTempPath()) "woops-set-$([guid]::NewGuid()).csv"

    function Get-Batch { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like 'POST */batch' }) }
    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
}

AfterAll {
    Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
    Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Import-Csv | Set-WooProduct' {
    It 'applies 200 rows by SKU in 2 batches, reads them back, and counts every row: applied and each kind of failure' {
        $rows = for ($i = 0; $i -lt 200; $i++) {
            [pscustomobject]@{ id = ''; sku = $simple[$i].sku; regular_price = '{0}.25' -f (10 + $i); stock_quantity = 500 + $i; manage_stock = 'true' }
        }
        $rows = [System.Collections.Generic.List[object]]$rows
        $rows.Insert(5, [pscustomobject]@{ id = ''; sku = 'NO-SUCH-SKU'; regular_price = '1.00'; stock_quantity = ''; manage_stock = '' })
        $rows.Insert(50, [pscustomobject]@{ id = 999999; sku = ''; regular_price = '1.00'; stock_quantity = ''; manage_stock = '' })
        # Another product's SKU: the store refuses that one item inside a batch that answers 200.
        $rows.Insert(100, [pscustomobject]@{ id = $simple[210].id; sku = $simple[211].sku; regular_price = ''; stock_quantity = ''; manage_stock = '' })
        $rows | Export-Csv -LiteralPath $csv -NoTypeInformation
        $before = @(Get-Batch).Count

        $written = @(Import-Csv -LiteralPath $csv | Set-WooProduct -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info)

        $written.Count | Should -Be 200
        $written[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Product'
        $failures.Count | Should -Be 3
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_sku_not_found*'
        $failures[0].TargetObject.sku | Should -Be 'NO-SUCH-SKU'
        $failures[1].FullyQualifiedErrorId | Should -BeLike 'Woo.woocommerce_rest_product_invalid_id*'
        $failures[1].Exception.Message | Should -BeLike 'product 999999:*'
        $failures[2].FullyQualifiedErrorId | Should -BeLike 'Woo.product_invalid_sku*'
        $failures[2].TargetObject.id | Should -Be $simple[210].id
        Get-Summary $info | Should -Be 'Set-WooProduct: 200 applied, 0 unchanged, 3 failed.'
        (@(Get-Batch).Count - $before) | Should -Be 3
        $after = Get-WooProduct -Id $simple[0..199].id
        $after[7].regular_price | Should -Be 17.25
        $after[7].stock_quantity | Should -Be 507
    }

    It 'leaves a field with an empty cell as it is, reads "false" as false, and clears only with -Clear' {
        $p = $simple[220]
        Set-WooProduct -Id $p.id -SalePrice 1.5 -RegularPrice 9 -Confirm:$false

        [pscustomobject]@{ id = $p.id; sale_price = ''; regular_price = ''; featured = 'false' } | Set-WooProduct
        $kept = Get-WooProduct -Id $p.id
        Set-WooProduct -Id $p.id -Clear SalePrice
        $cleared = Get-WooProduct -Id $p.id

        $kept.sale_price | Should -Be 1.5
        $kept.regular_price | Should -Be 9
        $kept.featured | Should -BeFalse
        $cleared.sale_price | Should -BeNullOrEmpty
        $cleared.price | Should -Be 9
    }

    It 'refuses an amount written with a comma, naming the row, and goes on with the next' {
        $p = $simple[221]
        $rows = @(
            [pscustomobject]@{ id = $p.id; regular_price = '12,50' }
            [pscustomobject]@{ id = $p.id; regular_price = '12.75' }
        )

        $rows | Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].Exception.Message | Should -Match 'dot before the decimals'
        (Get-WooProduct -Id $p.id).regular_price | Should -Be 12.75
    }

    It 'refuses a fractional number for a whole-number field instead of rounding it' {
        $p = $simple[223]

        { Set-WooProduct -Id $p.id -StockQuantity 4.5 -ManageStock $true } | Should -Throw '*4.5 is not a whole number*'
        @{ id = $p.id; stock_quantity = 7.5 } | Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].Exception.Message | Should -Match '7.5 is not a whole number'
        (Get-WooProduct -Id $p.id).stock_quantity | Should -Be $p.stock_quantity
    }

    It 'refuses a value WooCommerce''s batch would take silently (note 53) before sending it' {
        $p = $simple[222]

        Set-WooProduct -Id $p.id -Property @{ stock_quantity = 'abc' } -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input*'
        $failures[0].Exception.Message | Should -Match "stock_quantity is a whole number, not 'abc'"
    }
}

Describe 'Rows from another culture, and rows naming one product twice' {
    It 'reads dates and amounts as Export-Csv wrote them on this computer (en-GB, de-DE), and ISO dates anywhere' {
        $p = $simple[224]
        $before = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'en-GB'
            [pscustomobject]@{ id = $p.id; sale_price = '1.25'; date_on_sale_from = '05/06/2026 00:00:00'; date_on_sale_to = '2026-07-01' } | Set-WooProduct
            $gb = Get-WooProduct -Id $p.id
            [cultureinfo]::CurrentCulture = 'de-DE'
            [pscustomobject]@{ id = $p.id; sale_price = '1,5'; date_on_sale_from = '06.05.2026' } | Set-WooProduct
            $de = Get-WooProduct -Id $p.id
        }
        finally {
            [cultureinfo]::CurrentCulture = $before
        }

        $gb.date_on_sale_from | Should -Be ([datetime]'2026-06-05')
        $gb.date_on_sale_to | Should -Be ([datetime]'2026-07-01')
        $de.sale_price | Should -Be 1.5
        $de.date_on_sale_from | Should -Be ([datetime]'2026-05-06')
    }

    It 'refuses an amount with a comma given through -Property, which WooCommerce would store as 1250' {
        Set-WooProduct -Id $simple[225].id -Property @{ regular_price = '12,50' } -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].Exception.Message | Should -Match "regular_price is a number, not '12,50'"
        (Get-WooProduct -Id $simple[225].id).regular_price | Should -Be $simple[225].regular_price
    }

    It 'lets the last of several rows for one product win, each in its own batch, and compares each with the rows before it' {
        $id = $simple[226].id
        $rows = '1.00', '2.00', '3.00' | ForEach-Object { [pscustomobject]@{ id = $id; regular_price = $_ } }

        $rows | Set-WooProduct -BatchSize 1
        $last = (Get-WooProduct -Id $id).regular_price
        [pscustomobject]@{ id = $id; regular_price = '9.00' }, [pscustomobject]@{ id = $id; regular_price = '3.00' } | Set-WooProduct -SkipUnchanged -InformationVariable info

        $last | Should -Be 3
        Get-Summary $info | Should -Be 'Set-WooProduct: 2 applied, 0 unchanged, 0 failed.'
        (Get-WooProduct -Id $id).regular_price | Should -Be 3
    }

    It 'names, in warnings before the error that stops it, each row of its batch not told yet' {
        $id = $simple[227].id
        $command = "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$env:WOOPS_MODULE'; Connect-WooStore -Url '$($store.HttpUrl)' -ConsumerKey '$($store.Keys.read_write.key)' -ConsumerSecret (ConvertTo-SecureString '$($store.Keys.read_write.secret)' -AsPlainText -Force) -WarningAction SilentlyContinue; [pscustomobject]@{ id = 999999; regular_price = '4.00' }, [pscustomobject]@{ id = $id; regular_price = '4.00' } | Set-WooProduct -ErrorAction Stop"

        $shown = (dotnet pwsh -NoProfile -Command $command 2>&1) -join "`n"

        $shown | Should -Match "WARNING: Set-WooProduct ended early \(an error stopped it: product 999999: "
        $shown | Should -Match "WARNING: Row 2: product $($id): applied"
        (Get-WooProduct -Id $id).regular_price | Should -Be 4
    }
}

Describe 'Set-WooProduct -SkipUnchanged and -WhatIf' {
    It 'sends nothing for rows that match the store, and only the rows that differ' {
        $rows = $simple[200..209] | ForEach-Object { [pscustomobject]@{ sku = $_.sku; regular_price = $_.regular_price; name = $_.name } }
        $rows[4].regular_price = $rows[4].regular_price + 1
        $before = @(Get-Batch).Count

        $rows | Set-WooProduct -SkipUnchanged -InformationVariable info -Verbose 4>&1 | Out-Null

        Get-Summary $info | Should -Be 'Set-WooProduct: 1 applied, 9 unchanged, 0 failed.'
        (@(Get-Batch).Count - $before) | Should -Be 1
        (Get-WooProduct -Id $simple[204].id).regular_price | Should -Be ($simple[204].regular_price + 1)
    }

    It 'gathers the few changed rows of many windows into one batch' {
        # -BatchSize 10 and MaxConcurrency 4: a window is 40 rows, so 120 rows are 3 windows with one change each.
        $rows = $simple[0..119] | ForEach-Object { [pscustomobject]@{ id = $_.id; name = $_.name } }
        foreach ($i in 5, 55, 105) { $rows[$i].name = "Renamed $i" }
        $before = @(Get-Batch).Count

        $rows | Set-WooProduct -SkipUnchanged -BatchSize 10 -InformationVariable info

        Get-Summary $info | Should -Be 'Set-WooProduct: 3 applied, 117 unchanged, 0 failed.'
        (@(Get-Batch).Count - $before) | Should -Be 1
        (Get-WooProduct -Id $simple[55].id).name | Should -Be 'Renamed 55'
    }

    It 'with -ErrorAction Stop lets no row wait for a fuller batch, so none is left unsent behind the error' {
        $rows = $simple[0..119] | ForEach-Object { [pscustomobject]@{ id = $_.id; name = $_.name } }
        $rows[6].name = 'Stopped 6'
        $rows[56].name = 'Stopped 56'
        $rows[100].id = 999999

        { $rows | Set-WooProduct -SkipUnchanged -BatchSize 10 -ErrorAction Stop } | Should -Throw -ErrorId 'Woo.woocommerce_rest_product_invalid_id*'

        (Get-WooProduct -Id $simple[6].id).name | Should -Be 'Stopped 6'
        (Get-WooProduct -Id $simple[56].id).name | Should -Be 'Stopped 56'
    }

    It 'with -WhatIf sends no write and says what it would change, and which fields hold their value already' {
        $before = @(Get-Batch).Count
        $p = $simple[212]

        $shown = dotnet pwsh -NoProfile -Command "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$env:WOOPS_MODULE'; Connect-WooStore -Url '$($store.HttpUrl)' -ConsumerKey '$($store.Keys.read_write.key)' -ConsumerSecret (ConvertTo-SecureString '$($store.Keys.read_write.secret)' -AsPlainText -Force) -WarningAction SilentlyContinue; Set-WooProduct -Sku '$($p.sku)' -RegularPrice 3.5 -Status '$($p.status)' -WhatIf -InformationAction Continue" 2>&1

        ($shown -join "`n") | Should -Match ([regex]::Escape("What if: product $($p.id) '$($p.name)' (SKU '$($p.sku)'): Set regular_price = 3.5 (was $($p.regular_price.ToString([cultureinfo]::InvariantCulture))), status = '$($p.status)' (unchanged)"))
        ($shown -join "`n") | Should -Match 'Set-WooProduct: 0 applied, 0 unchanged, 0 failed, 1 shown by -WhatIf, not sent\.'
        @(Get-Batch).Count | Should -Be $before
        (Get-WooProduct -Id $p.id).regular_price | Should -Be $p.regular_price
    }
}

Describe 'Objects piped between cmdlets' {
    It 'sends only what was changed on an object from Get-WooProduct, not the stale rest' {
        $p = Get-WooProduct -Id $simple[213].id
        # The store's stock moves after the object was read (an order): writing the object back must not undo it.
        Set-WooProduct -Id $p.id -ManageStock $true -StockQuantity 42
        $p.regular_price = 55.5

        $p | Set-WooProduct

        $now = Get-WooProduct -Id $p.id
        $now.regular_price | Should -Be 55.5
        $now.stock_quantity | Should -Be 42
    }

    It 'changes every product a listing writes with a parameter given for all' {
        $ids = $simple[214..216].id

        Get-WooProduct -Id $ids | Set-WooProduct -Status draft

        @(Get-WooProduct -Id $ids).status | Sort-Object -Unique | Should -Be 'draft'
    }

    It 'takes ids and SKUs piped as values' {
        $simple[217].id, $simple[218].sku | Set-WooProduct -Featured $true

        @(Get-WooProduct -Id $simple[217].id, $simple[218].id).featured | Should -Be @($true, $true)
    }

    It 'refuses objects of another kind instead of reading their id' {
        $before = @(Get-Batch).Count

        @(Get-WooProductCategory -First 1) + @(Get-Process -Id $PID) | Set-WooProduct -Status draft -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 2
        $failures | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input*' }
        @(Get-Batch).Count | Should -Be $before
    }
}

Describe 'New-WooProduct and Remove-WooProduct' {
    It 'creates the rows it can and names the one whose SKU is taken' {
        $rows = @(
            [pscustomobject]@{ name = 'Pester Tee A'; sku = 'PESTER-A'; regular_price = '5.00' }
            [pscustomobject]@{ name = 'Pester Tee B'; sku = $simple[0].sku; regular_price = '6.00' }
            [pscustomobject]@{ name = 'Pester Tee C'; sku = 'PESTER-C'; regular_price = '7.00' }
        )

        $made = @($rows | New-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info)

        $made.sku | Should -Be @('PESTER-A', 'PESTER-C')
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.product_invalid_sku*'
        $failures[0].TargetObject.name | Should -Be 'Pester Tee B'
        Get-Summary $info | Should -Be 'New-WooProduct: 2 applied, 0 unchanged, 1 failed.'
    }

    It 'refuses a number piped to it: a number names a product that exists' {
        $before = @(Get-Batch).Count

        42 | New-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input*'
        @(Get-Batch).Count | Should -Be $before
    }

    It 'moves products to the trash one DELETE each, leaves one there already unchanged, and deletes for good in a batch' {
        $made = @(Get-WooProduct -Sku PESTER-A, PESTER-C)

        $made | Remove-WooProduct -Confirm:$false
        $trashed = @(Get-WooProduct -Id $made.id)
        $deletesBefore = @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like 'DELETE *' }).Count
        $unchangedLine = Remove-WooProduct -Id $made[0].id -Confirm:$false -ErrorVariable again -ErrorAction SilentlyContinue -InformationVariable againInfo -Verbose 4>&1 | Where-Object { "$_" -match 'unchanged' }
        $before = @(Get-Batch).Count
        Remove-WooProduct -Id $made[1].id -Permanent -Confirm:$false -ErrorVariable gone -ErrorAction SilentlyContinue

        $trashed.status | Sort-Object -Unique | Should -Be 'trash'
        $again.Count | Should -Be 0
        Get-Summary $againInfo | Should -Be 'Remove-WooProduct: 0 applied, 1 unchanged, 0 failed.'
        "$unchangedLine" | Should -Match "product $($made[0].id) .*\(in the trash\): unchanged, it is in the trash already\."
        @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like 'DELETE *' }).Count | Should -Be $deletesBefore
        $gone.Count | Should -Be 0
        (@(Get-Batch).Count - $before) | Should -Be 1
        Get-WooProduct -Id $made[1].id -ErrorAction SilentlyContinue -ErrorVariable missing
        $missing[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woocommerce_rest_product_invalid_id*'
    }
}
