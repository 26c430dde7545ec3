#Requires -Version 7.2
# Feeds that cannot silently do nothing: columns no parameter takes, keys the store ignored, cells that cannot be
# read, wrong choices, rows naming one item twice, SKUs two products share, the trash, what -WhatIf names, categories
# in a column, amounts with too many decimals, and a CSV file piped in as text.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 80 -PriceDecimals 2
    $key = $store.Keys.read_write
    $secret = New-TestSecret -Plain $key.secret
    # One request at a time, for the test that needs small windows (a window is -BatchSize × MaxConcurrency rows).
    $script:oneByOne = Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret $secret -MaxConcurrency 1 -PassThru -WarningAction SilentlyContinue
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret $secret -WarningAction SilentlyContinue
    $script:simple = @(Get-WooProduct -Type simple)
    $script:csv = Join-Path ([System.IO.Path]::GetTempPath()) "woops-feeds-$([guid]::NewGuid()).csv"

    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
    function Get-Request([string]$Like) { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like $Like }) }
}

AfterAll {
    Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Columns and keys that write nothing' {
    It 'warns once, for the whole feed, about the columns no parameter takes, with what to write instead' {
        $simple[0..2] | ForEach-Object { [pscustomobject]@{ sku = $_.sku; price = '9.99'; stock = 5; qty = 3 } } | Export-Csv -LiteralPath $csv -NoTypeInformation

        Import-Csv -LiteralPath $csv | Set-WooProduct -WarningVariable warned -WarningAction SilentlyContinue -InformationVariable info

        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Be 'Set-WooProduct takes no columns price (write regular_price (price is what the store works out from the regular and sale prices; it cannot be written)), stock (write stock_quantity), qty (write stock_quantity): nothing is written from them.'
        Get-Summary $info | Should -Be 'Set-WooProduct: 0 applied, 3 unchanged, 0 failed.'
        (Get-WooProduct -Id $simple[0].id).regular_price | Should -Be $simple[0].regular_price
    }

    It 'hints at a typo, a field the store fills in, and a field only -Property writes' {
        [pscustomobject]@{ sku = $simple[3].sku; StockQuantiy = 4; date_created = '2026-01-01'; menu_order = 3 } |
            Set-WooProduct -WarningVariable warned -WarningAction SilentlyContinue

        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Be 'Set-WooProduct takes no columns StockQuantiy (did you mean StockQuantity?), date_created (the store fills it in; it cannot be written), menu_order (no parameter takes it: give it with -Property @{ menu_order = … }): nothing is written from them.'
    }

    It 'says nothing of the fields of products piped back from Get-WooProduct, nor of a CSV that ConvertTo-WooFlat and Export-Csv made of them' {
        $products = Get-WooProduct -Id $simple[4..5].id
        $products | ConvertTo-WooFlat | Export-Csv -LiteralPath $csv -NoTypeInformation

        $products | Set-WooProduct -Featured $true -WarningVariable piped -WarningAction SilentlyContinue
        $featured = @(Get-WooProduct -Id $simple[4..5].id).featured
        Import-Csv -LiteralPath $csv | Set-WooProduct -SkipUnchanged -WarningVariable roundTrip -WarningAction SilentlyContinue -InformationVariable info

        $piped.Count | Should -Be 0
        @($roundTrip | Where-Object { "$_" -like '*takes no column*' }).Count | Should -Be 0
        Get-Summary $info | Should -BeLike 'Set-WooProduct: * applied, * unchanged, 0 failed.'
        $featured | Should -Be @($true, $true)
    }

    It 'warns once per field about -Property keys the store came back without, with the field meant' {
        $p = $simple[6]

        Set-WooProduct -Sku $p.sku -Property @{ stock_quanity = 5 } -WarningVariable warned -WarningAction SilentlyContinue -InformationVariable info

        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Be "The store ignored stock_quanity: product $($p.id) '$($p.name)' (SKU '$($p.sku)') came back without such a field, so nothing was written to it. Did you mean stock_quantity?"
        Get-Summary $info | Should -Be 'Set-WooProduct: 1 applied, 0 unchanged, 0 failed.'
    }

    It 'writes an object whose own script property throws, and names that property among the columns it does not take' {
        $p = $simple[12]
        $row = [pscustomobject]@{ sku = $p.sku; regular_price = '31.50' }
        $row | Add-Member -MemberType ScriptProperty -Name Audit -Value { throw 'not loaded' }

        $row | Set-WooProduct -WarningVariable warned -WarningAction SilentlyContinue -InformationVariable info

        Get-Summary $info | Should -Be 'Set-WooProduct: 1 applied, 0 unchanged, 0 failed.'
        (Get-WooProduct -Id $p.id).regular_price | Should -Be 31.50
        "$($warned[0])" | Should -Be 'Set-WooProduct takes no column Audit: nothing is written from it.'
    }
}

Describe 'Cells that cannot be read' {
    It 'fails each CSV row with a cell it cannot read, naming the row, counts it, and writes the rest' {
        $p = $simple[7..11]
        @(
            [pscustomobject]@{ sku = $p[0].sku; stock_quantity = 'abc'; regular_price = ''; featured = '' }
            [pscustomobject]@{ sku = $p[1].sku; stock_quantity = ''; regular_price = '12,50'; featured = '' }
            [pscustomobject]@{ sku = $p[2].sku; stock_quantity = '4.5'; regular_price = ''; featured = '' }
            [pscustomobject]@{ sku = $p[3].sku; stock_quantity = ''; regular_price = ''; featured = 'maybe' }
            [pscustomobject]@{ sku = $p[4].sku; stock_quantity = ''; regular_price = '3.50'; featured = 'true' }
        ) | Export-Csv -LiteralPath $csv -NoTypeInformation

        Import-Csv -LiteralPath $csv | Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info -OutcomeVariable out

        $failures.Count | Should -Be 4
        $failures | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*' }
        $failures.TargetObject.sku | Should -Be $p[0..3].sku
        $failures[0].Exception.Message | Should -Be "product with the SKU '$($p[0].sku)': stock_quantity: 'abc' is not a whole number."
        $failures[1].Exception.Message | Should -BeLike "product with the SKU '$($p[1].sku)': regular_price: '12,50' is not an amount*"
        $failures[2].Exception.Message | Should -Be "product with the SKU '$($p[2].sku)': stock_quantity: '4.5' is not a whole number."
        $failures[3].Exception.Message | Should -BeLike "product with the SKU '$($p[3].sku)': featured: 'maybe' is not true or false*"
        Get-Summary $info | Should -Be 'Set-WooProduct: 1 applied, 0 unchanged, 4 failed.'
        @($out.ErrorId)[0..3] | Sort-Object -Unique | Should -Be 'Woo.woops_wrong_input'
        $now = @(Get-WooProduct -Id $p.id)
        $now[0].stock_quantity | Should -Be $p[0].stock_quantity
        $now[1].regular_price | Should -Be $p[1].regular_price
        $now[4].regular_price | Should -Be 3.5
        $now[4].featured | Should -BeTrue
    }

    It 'fails objects and hashtables with such cells alike, naming the row' {
        $p = $simple[12]
        $rows = @(
            [pscustomobject]@{ id = $p.id; stock_quantity = 'abc' }
            @{ id = $p.id; featured = 'maybe' }
            @{ sku = $p.sku; regular_price = '12,50' }
            [pscustomobject]@{ id = $p.id; date_on_sale_from = 'never' }
            @{ id = $p.id; stock_quantity = '4.5' }
        )

        $rows | Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        $failures.Count | Should -Be 5
        $failures | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*' }
        $failures[0].Exception.Message | Should -Be "product $($p.id): stock_quantity: 'abc' is not a whole number."
        $failures[0].TargetObject | Should -Be $rows[0]
        $failures[1].Exception.Message | Should -BeLike "product $($p.id): featured: 'maybe' is not true or false*"
        $failures[1].TargetObject | Should -Be $rows[1]
        $failures[2].Exception.Message | Should -BeLike "product with the SKU '$($p.sku)': regular_price: '12,50' is not an amount*"
        $failures[3].Exception.Message | Should -BeLike "product $($p.id): date_on_sale_from: 'never' is not a date*"
        $failures[4].Exception.Message | Should -Be "product $($p.id): stock_quantity: '4.5' is not a whole number."
        Get-Summary $info | Should -Be 'Set-WooProduct: 0 applied, 0 unchanged, 5 failed.'
    }

    It 'ends the command when such a value is given on the command line' {
        $before = (Get-Request 'POST *').Count

        { Set-WooProduct -Id $simple[13].id -StockQuantity abc } | Should -Throw -ErrorId 'Woo.woops_wrong_input,WooPS.Commands.SetWooProductCommand'
        { Set-WooProduct -Id $simple[13].id -Featured maybe } | Should -Throw "Set-WooProduct cannot use what it was given: featured: 'maybe' is not true or false*"
        { Set-WooProduct -Id $simple[13].id -StockQuantity abc } | Should -Throw "Set-WooProduct cannot use what it was given: stock_quantity: 'abc' is not a whole number."

        (Get-Request 'POST *').Count | Should -Be $before
        (Get-Command Set-WooProduct).Parameters['StockQuantity'].ParameterType | Should -Be ([System.Nullable[long]])
    }

    It 'fails a row with a wrong choice, naming the choices' {
        $p = $simple[14]

        [pscustomobject]@{ id = $p.id; status = 'publsh' }, [pscustomobject]@{ id = $p.id; stock_status = 'none' } |
            Set-WooProduct -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        $failures.Count | Should -Be 2
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[0].Exception.Message | Should -Be "product $($p.id): status is one of draft, pending, private, publish, future, not 'publsh'."
        $failures[1].Exception.Message | Should -Be "product $($p.id): stock_status is one of instock, outofstock, onbackorder, not 'none'."
        Get-Summary $info | Should -Be 'Set-WooProduct: 0 applied, 0 unchanged, 2 failed.'
        (Get-WooProduct -Id $p.id).status | Should -Be 'publish'
    }

    It 'knows a variation has no "future" status, offers the choices on Tab, and refuses a wrong one to Get-WooProduct while binding' {
        $product = @(Get-WooProduct -Type variable)[0]
        $variation = @(Get-WooProductVariation -ProductId $product.id)[0]
        $line = 'Set-WooProduct -Status '

        [pscustomobject]@{ product_id = $product.id; id = $variation.id; status = 'future' } | Set-WooProductVariation -ErrorVariable failures -ErrorAction SilentlyContinue
        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[0].Exception.Message | Should -Be "variation $($variation.id) of product $($product.id): status is one of draft, pending, private, publish, not 'future'."
        $offered | Should -Be @('draft', 'pending', 'private', 'publish', 'future')
        { Get-WooProduct -Status publsh } | Should -Throw -ErrorId 'ParameterArgumentValidationError,WooPS.Commands.GetWooProductCommand'
        { Get-WooProduct -Type simpel } | Should -Throw -ErrorId 'ParameterArgumentValidationError,WooPS.Commands.GetWooProductCommand'
        { Get-WooProduct -StockStatus none } | Should -Throw -ErrorId 'ParameterArgumentValidationError,WooPS.Commands.GetWooProductCommand'
    }
}

Describe 'Rows naming one item twice, and a SKU two products share' {
    It 'lets the last row win with -SkipUnchanged when the rows for one item are in different windows, and warns about the feed' {
        # -BatchSize 10, one request at a time: windows of 10 rows. Row 1 changes a price; rows 2-21 change nothing;
        # row 22, two windows later, sets the old price back while row 1 still waits for a fuller batch.
        $target = $simple[15]
        $old = $target.regular_price
        $rows = @([pscustomobject]@{ id = $target.id; regular_price = '99.99' }) +
            @($simple[16..35] | ForEach-Object { [pscustomobject]@{ id = $_.id; regular_price = $_.regular_price } }) +
            @([pscustomobject]@{ id = $target.id; regular_price = $old.ToString([cultureinfo]::InvariantCulture) })

        $rows | Set-WooProduct -Session $oneByOne -SkipUnchanged -BatchSize 10 -WarningVariable warned -WarningAction SilentlyContinue -InformationVariable info -OutcomeVariable out

        (Get-WooProduct -Id $target.id).regular_price | Should -Be $old
        Get-Summary $info | Should -Be 'Set-WooProduct: 2 applied, 20 unchanged, 0 failed.'
        "$($out[0].Outcome)", "$($out[21].Outcome)" | Should -Be @('Applied', 'Applied')
        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Be "1 item is named by more than one row; each was written in row order, so the last row wins, and a feed like this changes it back and forth on every run: product $($target.id) '$($target.name)' (SKU '$($target.sku)'): rows 1, 22."
    }

    It 'refuses to guess which of two products sharing a SKU a row means, and names both' {
        $a = $simple[36]
        $b = $simple[37]
        Set-WooFakeStoreSku -Store $store -Id $b.id -Sku $a.sku | Out-Null
        $before = (Get-Request 'POST *').Count
        $deletes = (Get-Request 'DELETE *').Count

        Set-WooProduct -Sku $a.sku -RegularPrice 1 -ErrorVariable byParameter -ErrorAction SilentlyContinue
        [pscustomobject]@{ sku = $a.sku; regular_price = '2' } | Set-WooProduct -ErrorVariable byRow -ErrorAction SilentlyContinue -InformationVariable info
        Remove-WooProduct -Sku $a.sku -Confirm:$false -ErrorVariable byRemove -ErrorAction SilentlyContinue

        # Both named, in whichever order the store lists them.
        $one = "product $($a.id) '$($a.name)' (SKU '$($a.sku)')"
        $other = "product $($b.id) '$($b.name)' (SKU '$($a.sku)')"
        $both = "The SKU '$($a.sku)' names 2 items: $one, $other. Acting on one of them would be a guess.", "The SKU '$($a.sku)' names 2 items: $other, $one. Acting on one of them would be a guess."
        foreach ($failure in @($byParameter) + @($byRow) + @($byRemove)) {
            $failure.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_ambiguous_key,*'
            $failure.Exception.Message | Should -BeIn $both
        }
        @($byParameter).Count + @($byRow).Count + @($byRemove).Count | Should -Be 3
        $byRow[0].TargetObject.sku | Should -Be $a.sku
        Get-Summary $info | Should -Be 'Set-WooProduct: 0 applied, 0 unchanged, 1 failed.'
        (Get-Request 'POST *').Count | Should -Be $before
        (Get-Request 'DELETE *').Count | Should -Be $deletes
        (Get-WooProduct -Id $a.id, $b.id).regular_price | Should -Be @($a.regular_price, $b.regular_price)
    }
}

Describe 'The trash' {
    It 'leaves a product already in the trash unchanged without a request, deletes it for good by its SKU, and takes another out by its SKU' {
        $gone = $simple[38]
        $back = $simple[39]
        Remove-WooProduct -Id $gone.id, $back.id -Confirm:$false
        $deletes = (Get-Request 'DELETE *').Count

        $again = @(Remove-WooProduct -Sku $gone.sku -Confirm:$false -InformationVariable againInfo -ErrorVariable againErrors -Verbose 4>&1 | Where-Object { "$_" -like '*unchanged*' })
        $deletesAfterAgain = (Get-Request 'DELETE *').Count
        $batches = (Get-Request 'POST */products/batch').Count
        Remove-WooProduct -Sku $gone.sku -Permanent -Confirm:$false -InformationVariable permanentInfo -ErrorVariable permanentErrors
        $restored = Set-WooProduct -Sku $back.sku -Status publish -PassThru -Verbose 4>&1

        $againErrors.Count | Should -Be 0
        "$($again[0])" | Should -Be "product $($gone.id) '$($gone.name)' (SKU '$($gone.sku)') (in the trash): unchanged, it is in the trash already."
        Get-Summary $againInfo | Should -Be 'Remove-WooProduct: 0 applied, 1 unchanged, 0 failed.'
        $deletesAfterAgain | Should -Be $deletes
        $permanentErrors.Count | Should -Be 0
        Get-Summary $permanentInfo | Should -Be 'Remove-WooProduct: 1 applied, 0 unchanged, 0 failed.'
        (Get-Request 'POST */products/batch').Count - $batches | Should -Be 2
        Get-WooProduct -Id $gone.id -ErrorVariable missing -ErrorAction SilentlyContinue
        $missing[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woocommerce_rest_product_invalid_id*'
        @($restored | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and "$_" -like '*: done.' })[0].ToString() |
            Should -Be "product $($back.id) '$($back.name)' (SKU '$($back.sku)') (in the trash): Set status = 'publish' (was 'trash'): done."
        @($restored | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })[0].status | Should -Be 'publish'
        (Get-WooProduct -Id $back.id).status | Should -Be 'publish'
    }

    It 'keeps the SKU of a product in the trash, and says where to find it' {
        $trashed = $simple[40]
        Remove-WooProduct -Id $trashed.id -Confirm:$false

        New-WooProduct -Name 'Pester Again' -Sku $trashed.sku -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woocommerce_rest_product_not_created,*'
        $failures[0].ErrorDetails.RecommendedAction | Should -BeLike "*Get-WooProduct -Status trash -Sku '$($trashed.sku)'*"
    }
}

Describe 'What prompts and -WhatIf name' {
    It 'names the products Remove-WooProduct -Id would delete by name and SKU, and sends nothing' {
        $p = $simple[41..42]
        $before = (Get-Request 'DELETE *').Count + (Get-Request 'POST *').Count

        $shown = dotnet pwsh -NoProfile -Command "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$env:WOOPS_MODULE'; Connect-WooStore -Url '$($store.HttpUrl)' -ConsumerKey '$($store.Keys.read_write.key)' -ConsumerSecret (ConvertTo-SecureString '$($store.Keys.read_write.secret)' -AsPlainText -Force) -WarningAction SilentlyContinue; Remove-WooProduct -Id $($p[0].id), $($p[1].id) -WhatIf; Get-WooProduct -Id $($p[0].id) | Remove-WooProduct -Permanent -WhatIf; Get-WooProduct -Id $($p[1].id) | Set-WooProduct -Featured `$true -WhatIf" 2>&1
        $text = $shown -join "`n"

        $text | Should -Match ([regex]::Escape("What if: product $($p[0].id) '$($p[0].name)' (SKU '$($p[0].sku)'): Move to the trash"))
        $text | Should -Match ([regex]::Escape("What if: product $($p[1].id) '$($p[1].name)' (SKU '$($p[1].sku)'): Move to the trash"))
        $text | Should -Match ([regex]::Escape("What if: product $($p[0].id) '$($p[0].name)' (SKU '$($p[0].sku)'): Delete for good"))
        $text | Should -Match ([regex]::Escape("What if: product $($p[1].id) '$($p[1].name)'"))
        (Get-Request 'DELETE *').Count + (Get-Request 'POST *').Count | Should -Be $before
    }

    It 'names a product piped from Get-WooProduct into Set-WooProduct -WhatIf by its name and SKU' {
        $p = $simple[43]

        $shown = dotnet pwsh -NoProfile -Command "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$env:WOOPS_MODULE'; Connect-WooStore -Url '$($store.HttpUrl)' -ConsumerKey '$($store.Keys.read_write.key)' -ConsumerSecret (ConvertTo-SecureString '$($store.Keys.read_write.secret)' -AsPlainText -Force) -WarningAction SilentlyContinue; Get-WooProduct -Id $($p.id) | Set-WooProduct -Featured `$true -WhatIf" 2>&1

        ($shown -join "`n") | Should -Match ([regex]::Escape("What if: product $($p.id) '$($p.name)' (SKU '$($p.sku)'): Set featured = true"))
    }

    It 'counts the rows -WhatIf showed as previewed, not sent' {
        $p = $simple[48]
        $before = (Get-Request 'POST *').Count

        Set-WooProduct -Id $p.id -RegularPrice 1 -WhatIf -OutcomeVariable out -InformationVariable info

        "$($out[0].Outcome)" | Should -Be 'Previewed'
        Get-Summary $info | Should -Be 'Set-WooProduct: 0 applied, 0 unchanged, 0 failed, 1 shown by -WhatIf, not sent.'
        (Get-Request 'POST *').Count | Should -Be $before
    }

    It 'says how many products use a category it would delete' {
        $category = Get-WooProductCategory -Slug electronics

        $shown = dotnet pwsh -NoProfile -Command "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$env:WOOPS_MODULE'; Connect-WooStore -Url '$($store.HttpUrl)' -ConsumerKey '$($store.Keys.read_write.key)' -ConsumerSecret (ConvertTo-SecureString '$($store.Keys.read_write.secret)' -AsPlainText -Force) -WarningAction SilentlyContinue; Remove-WooProductCategory -Id $($category.id) -WhatIf" 2>&1

        $category.count | Should -BeGreaterThan 1
        ($shown -join "`n") | Should -Match ([regex]::Escape("What if: product category $($category.id) '$($category.name)': Delete for good ($($category.count) products use it and lose it)"))
        Get-WooProductCategory -Id $category.id | Should -Not -BeNullOrEmpty
    }
}

Describe 'Categories in a column, decimals, and a CSV piped as text' {
    It 'takes several categories and tags in one cell, by name or slug, separated by ";"' {
        $p = $simple[44]

        $written = [pscustomobject]@{ sku = $p.sku; category = 'Clothing; Home & Garden'; tag = 'sale; eco' } | Set-WooProduct -PassThru
        $made = [pscustomobject]@{ name = 'Pester Category Column'; sku = 'PESTER-CATCOL'; category = 'books;t-shirts' } | New-WooProduct

        ($written.categories.name | Sort-Object) -join '|' | Should -Be 'Clothing|Home & Garden'
        ($written.tags.name | Sort-Object) -join '|' | Should -Be 'eco|sale'
        ($made.categories.slug | Sort-Object) -join '|' | Should -Be 'books|t-shirts'
        ((Get-WooProduct -Id $p.id).categories.name | Sort-Object) -join '|' | Should -Be 'Clothing|Home & Garden'
    }

    It 'warns once, at the end, about amounts with more decimals than the store''s, naming the row' {
        $p = $simple[45]

        Set-WooProduct -Id $p.id -RegularPrice 105.567 -WarningVariable warned -WarningAction SilentlyContinue

        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Be "1 amount has more decimals than the store's 2: WooCommerce keeps it as given and shows it rounded, and sums of it may differ by a cent. Round it first ([math]::Round(`$price, 2)): row 1 product $($p.id): regular_price = 105.567."
        (Get-WooProduct -Id $p.id).regular_price | Should -Be 105.567
    }

    It 'ends the command at the header line of a CSV file piped in as text, with the Import-Csv advice' {
        $simple[46..47] | ForEach-Object { [pscustomobject]@{ sku = $_.sku; regular_price = '4.00' } } | Export-Csv -LiteralPath $csv -NoTypeInformation -UseQuotes Never
        $before = (Get-Request 'POST *').Count
        $ending = $null

        try { Get-Content -LiteralPath $csv | Set-WooProduct } catch { $ending = $_ }

        $ending.FullyQualifiedErrorId | Should -Be 'Woo.woops_wrong_input,WooPS.Commands.SetWooProductCommand'
        $ending.Exception.Message | Should -Be "'sku,regular_price' is the header line of a CSV file, piped in as text: Set-WooProduct would take each line for one SKU."
        $ending.ErrorDetails.RecommendedAction | Should -Be 'Read the file with Import-Csv, which makes a row of each line with its columns: Import-Csv feed.csv | Set-WooProduct'
        (Get-Request 'POST *').Count | Should -Be $before
        (Get-WooProduct -Id $simple[46].id).regular_price | Should -Be $simple[46].regular_price
    }
}
