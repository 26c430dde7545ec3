#Requires -Version 7.2
# Coupons end to end: Get-, New-, Set- and Remove-WooCoupon against the fake store.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    # Coupons save001, cart002, item003.
    $script:store = Start-WooFakeStore -Products 10 -Coupons 3
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    $script:products = @(Get-WooProduct -Type simple -First 3)
    $script:csv = Join-Path ([System.IO.Path]::GetTempPath()) "woops-coupons-$([guid]::NewGuid()).csv"

    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
    function Get-Request([string]$Like) { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like $Like }) }
}

AfterAll {
    Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'New-WooCoupon' {
    It 'creates 260 coupons from a CSV in 3 batch requests, failing only the row whose code is taken and the row whose amount is not one' {
        $rows = 1..260 | ForEach-Object { [pscustomobject]@{ code = "BULK-$_"; discount_type = 'percent'; amount = '10'; usage_limit = '5'; date_expires = '2027-01-31' } }
        $rows[10].code = 'SAVE001'
        $rows[20].amount = 'abc'
        $rows | Export-Csv -LiteralPath $csv -NoTypeInformation
        $before = (Get-Request 'POST */coupons/batch').Count

        $made = @(Import-Csv -LiteralPath $csv | New-WooCoupon -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info -OutcomeVariable out)

        $made.Count | Should -Be 258
        $made[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Coupon'
        $made[0].code | Should -Be 'bulk-1'
        $made[0].discount_type | Should -Be 'percent'
        $made[0].amount | Should -Be 10
        $made[0].usage_limit | Should -Be 5
        $made[0].date_expires | Should -Be ([datetime]'2027-01-31')
        (Get-Request 'POST */coupons/batch').Count - $before | Should -Be 3
        $failures.Count | Should -Be 2
        $taken = @($failures | Where-Object { $_.TargetObject.code -eq 'SAVE001' })[0]
        $taken.FullyQualifiedErrorId | Should -BeLike 'Woo.woocommerce_rest_coupon_code_already_exists,*'
        $taken.ErrorDetails.RecommendedAction | Should -BeLike "*Get-WooCoupon -Code 'SAVE001'*"
        $wrong = @($failures | Where-Object { $_.TargetObject.code -eq 'BULK-21' })[0]
        $wrong.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $wrong.Exception.Message | Should -BeLike "new coupon with the code 'BULK-21': amount: 'abc' is not an amount*"
        Get-Summary $info | Should -Be 'New-WooCoupon: 258 applied, 0 unchanged, 2 failed.'
        @($out | Where-Object { "$($_.Outcome)" -eq 'Failed' }).Row | Should -Be @(11, 21)
        @(Get-WooCoupon | Where-Object code -Like 'bulk-*').Count | Should -Be 258
    }

    It 'takes products by SKU or id, categories by name or slug, and stores e-mail restrictions in lower case' {
        $clothing = Get-WooProductCategory -Slug clothing
        $books = Get-WooProductCategory -Slug books
        $electronics = Get-WooProductCategory -Slug electronics

        $made = New-WooCoupon -Code 'Pester-Mixed' -DiscountType fixed_product -Amount 2.5 -Product $products[0].sku, $products[1].id -Category 'Clothing', 'books' -ExcludedCategory 'Electronics' -EmailRestriction 'Someone@Example.COM' -FreeShipping $true
        $fromCsv = [pscustomobject]@{ code = 'pester-csv'; amount = '1'; email_restrictions = 'X@a.com; y@B.com'; product_ids = "$($products[0].sku);$($products[2].sku)"; product_categories = 'Clothing;Books' } | New-WooCoupon

        $made.code | Should -Be 'pester-mixed'
        $made.product_ids | Should -Be @($products[0].id, $products[1].id)
        ($made.product_categories | Sort-Object) | Should -Be (@($clothing.id, $books.id) | Sort-Object)
        $made.excluded_product_categories | Should -Be @($electronics.id)
        $made.email_restrictions | Should -Be @('someone@example.com')
        $made.free_shipping | Should -BeTrue
        $fromCsv.email_restrictions | Should -Be @('x@a.com', 'y@b.com')
        $fromCsv.product_ids | Should -Be @($products[0].id, $products[2].id)
        ($fromCsv.product_categories | Sort-Object) | Should -Be (@($clothing.id, $books.id) | Sort-Object)
    }

    It 'takes piped text for the code, and refuses a row without one and an amount that is not one before sending' {
        $before = (Get-Request 'POST *').Count

        $made = 'Pester-Piped' | New-WooCoupon -Amount 3
        $sent = (Get-Request 'POST *').Count
        [pscustomobject]@{ amount = '5' } | New-WooCoupon -ErrorVariable noCode -ErrorAction SilentlyContinue
        New-WooCoupon -Code 'pester-abc' -Property @{ amount = 'abc' } -ErrorVariable notAmount -ErrorAction SilentlyContinue

        $made.code | Should -Be 'pester-piped'
        $sent - $before | Should -Be 1
        $noCode[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $noCode[0].Exception.Message | Should -Be 'new coupon: a new coupon needs a code.'
        $notAmount[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $notAmount[0].Exception.Message | Should -Match "amount is a number, not 'abc'"
        (Get-Request 'POST *').Count | Should -Be $sent
    }

    It 'finds a coupon whose answer was lost by its code, and writes it out as made' {
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/coupons/batch$'; Nth = 1; Action = 'gateway-timeout-after' } | Out-Null
        try {
            $made = New-WooCoupon -Code 'Pester-Lost' -Amount 1 -OutcomeVariable out -ErrorVariable failures
            $sent = @(Get-WooFakeStoreScript -Store $store)[0].matched
        }
        finally { Clear-WooFakeStoreScript -Store $store }

        $failures.Count | Should -Be 0
        $made.code | Should -Be 'pester-lost'
        "$($out[0].Outcome)" | Should -Be 'Applied'
        $out[0].Message | Should -Be "its answer was lost; found by the code 'pester-lost'"
        $sent | Should -Be 1
    }

    It "offers the store's coupon types, a plugin's included, when Tab completes -DiscountType, reading them once per session" {
        $global:wooCouponTypes = Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipValidation -PassThru -WarningAction SilentlyContinue
        # Connecting made it the default; the other tests write through the first one.
        Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
        try {
            $before = (Get-Request 'GET /wp-json/wc/v3/reports/coupons/totals').Count
            $line = 'New-WooCoupon -Session $global:wooCouponTypes -DiscountType '

            $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
            $again = (TabExpansion2 -inputScript "${line}s" -cursorColumn ($line.Length + 1)).CompletionMatches.CompletionText
            $made = New-WooCoupon -Session $wooCouponTypes -Code 'pester-signup' -DiscountType Sign_Up_Fee -Amount 5

            $offered | Should -Be @('percent', 'fixed_cart', 'fixed_product', 'sign_up_fee')
            $again | Should -Be @('sign_up_fee')
            $made.discount_type | Should -Be 'sign_up_fee'
            (Get-WooCoupon -Code 'pester-signup').discount_type | Should -Be 'sign_up_fee'
            (Get-Request 'GET /wp-json/wc/v3/reports/coupons/totals').Count | Should -Be ($before + 1)
        }
        finally {
            $wooCouponTypes | Disconnect-WooStore
            Remove-Variable -Name wooCouponTypes -Scope Global
        }
    }

    It "fails a row whose type the store does not know before the batch, naming the store's types; the other rows are created" {
        $rows = [pscustomobject]@{ code = 'pester-known-type'; discount_type = 'fixed_product'; amount = '2' },
            [pscustomobject]@{ code = 'pester-unknown-type'; discount_type = 'recurring_fee'; amount = '2' }

        $made = @($rows | New-WooCoupon -ErrorVariable failures -ErrorAction SilentlyContinue -OutcomeVariable out)

        $made.code | Should -Be @('pester-known-type')
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[0].Exception.Message | Should -Be "new coupon with the code 'pester-unknown-type': discount_type is one of the coupon types this store knows (percent, fixed_cart, fixed_product, sign_up_fee), not 'recurring_fee'."
        @($out.Outcome | ForEach-Object { "$_" }) | Should -Be @('Applied', 'Failed')
        Get-WooCoupon -Code 'pester-unknown-type' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Get-WooCoupon' {
    It 'finds coupons by code in any case, and names each code no coupon has in an error of its own' {
        $found = @(Get-WooCoupon -Code 'CART002', 'Item003', 'no-such-1', 'No-Such-2' -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found.code | Should -Be @('cart002', 'item003')
        $found[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Coupon'
        $failures.Count | Should -Be 2
        $failures | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_code_not_found,*' }
        $failures.TargetObject | Should -Be @('no-such-1', 'No-Such-2')
        $failures[1].Exception.Message | Should -Be "No coupon has the code 'No-Such-2'."
    }

    It 'takes ids by position, and codes, ids and rows from the pipeline' {
        $save = Get-WooCoupon -Code save001

        (Get-WooCoupon $save.id).code | Should -Be 'save001'
        ('SAVE001' | Get-WooCoupon).id | Should -Be $save.id
        ($save.id | Get-WooCoupon).code | Should -Be 'save001'
        ([pscustomobject]@{ code = 'Cart002' } | Get-WooCoupon).code | Should -Be 'cart002'
        ([pscustomobject]@{ id = $save.id } | Get-WooCoupon).code | Should -Be 'save001'
    }

    It 'lists the trash only when asked, and refuses a status it does not know while binding' {
        $trashed = New-WooCoupon -Code 'pester-listed-trash' -Amount 1
        Remove-WooCoupon -Id $trashed.id -Confirm:$false

        @(Get-WooCoupon).id | Should -Not -Contain $trashed.id
        @(Get-WooCoupon -Status trash).id | Should -Contain $trashed.id
        { Get-WooCoupon -Status bogus } | Should -Throw -ErrorId 'ParameterArgumentValidationError,WooPS.Commands.GetWooCouponCommand'
    }

    It 'shows a coupon as a table of its id, code, type, amount, usage, limit, expiry and status' {
        $shown = (Get-WooCoupon -Code save001 | Out-String -Width 200) -split "`r?`n" | Where-Object { $_.Trim() }

        $shown[0] -split '\s+' | Where-Object { $_ } | Should -Be @('id', 'code', 'discount_type', 'amount', 'usage', 'limit', 'date_expires', 'status')
        $shown[2] | Should -Match '^\s*\d+\s+save001\s+percent\s+10\.00\s+\d+\s+\d+\s+publish\s*$'
    }
}

Describe 'Set-WooCoupon' {
    It 'names a coupon by its code in any case, clears fields with -Clear, and gives it a new code with -Id' {
        $made = New-WooCoupon -Code 'Pester-Set' -Amount 5 -DiscountType fixed_cart -Description 'first' -UsageLimit 3 -DateExpires '2027-06-30' -EmailRestriction 'a@b.com'

        $changed = Set-WooCoupon -Code 'PESTER-SET' -Amount 7.5 -Clear Description, UsageLimit, DateExpires, EmailRestriction -PassThru -WarningVariable warned
        $renamed = Set-WooCoupon -Id $made.id -Code 'Pester-Renamed' -PassThru

        $changed.id | Should -Be $made.id
        $changed.amount | Should -Be 7.5
        $changed.description | Should -BeNullOrEmpty
        $changed.usage_limit | Should -BeNullOrEmpty
        $changed.date_expires | Should -BeNullOrEmpty
        @($changed.email_restrictions).Count | Should -Be 0
        $warned.Count | Should -Be 0
        $renamed.code | Should -Be 'pester-renamed'
        (Get-WooCoupon -Code 'pester-renamed').id | Should -Be $made.id
    }

    It 'clears the minimum and maximum amounts without a warning that the store kept 0.00' {
        $made = New-WooCoupon -Code 'pester-clear-amounts' -Amount 5 -MinimumAmount 10 -MaximumAmount 50

        $changed = Set-WooCoupon -Id $made.id -Clear MinimumAmount, MaximumAmount -PassThru -WarningVariable warned

        $changed.minimum_amount | Should -Be 0
        $changed.maximum_amount | Should -Be 0
        $warned.Count | Should -Be 0
    }

    It 'writes rows naming coupons by code, and fails a row whose code no coupon has, or whose type is not one' {
        $made = New-WooCoupon -Code 'pester-rows' -Amount 1

        [pscustomobject]@{ code = 'Pester-Rows'; amount = '9' }, [pscustomobject]@{ code = 'pester-nowhere'; amount = '1' }, [pscustomobject]@{ code = 'pester-rows'; discount_type = 'percentage' } |
            Set-WooCoupon -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        (Get-WooCoupon -Id $made.id).amount | Should -Be 9
        $failures.Count | Should -Be 2
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_code_not_found,*'
        $failures[0].TargetObject.code | Should -Be 'pester-nowhere'
        $failures[1].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[1].Exception.Message | Should -BeLike "*discount_type is one of the coupon types this store knows (percent, fixed_cart, fixed_product, sign_up_fee), not 'percentage'."
        Get-Summary $info | Should -Be 'Set-WooCoupon: 1 applied, 0 unchanged, 2 failed.'
    }

    It 'fails a row of a whole coupon exported to CSV at its list cells, saying what Export-Csv made of them and pointing to ConvertTo-WooFlat, and sends nothing' {
        Get-WooCoupon -Code save001 | Export-Csv -LiteralPath $csv -NoTypeInformation
        $before = (Get-Request 'POST *').Count + (Get-Request 'PUT *').Count

        Import-Csv -LiteralPath $csv | Set-WooCoupon -SkipUnchanged -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[0].Exception.Message | Should -Be "coupon $((Get-WooCoupon -Code save001).id): product_ids, excluded_product_ids, product_categories, excluded_product_categories, email_restrictions, used_by, meta_data, _links: Export-Csv writes a list or an object as 'System.Object[]' or '@{…}', not the values in it: export with ConvertTo-WooFlat, which writes them as text that imports back (Get-WooProduct | ConvertTo-WooFlat | Export-Csv products.csv)."
        Get-Summary $info | Should -Be 'Set-WooCoupon: 0 applied, 0 unchanged, 1 failed.'
        (Get-Request 'POST *').Count + (Get-Request 'PUT *').Count | Should -Be $before
    }

    It 'refuses an amount WooCommerce would store as 0.00, before sending it' {
        $made = New-WooCoupon -Code 'pester-keep-amount' -Amount 4
        $before = (Get-Request 'POST *').Count + (Get-Request 'PUT *').Count

        Set-WooCoupon -Id $made.id -Property @{ amount = 'abc' } -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        (Get-Request 'POST *').Count + (Get-Request 'PUT *').Count | Should -Be $before
        (Get-WooCoupon -Id $made.id).amount | Should -Be 4
    }
}

Describe 'Remove-WooCoupon' {
    It 'moves coupons to the trash one DELETE each, which frees their codes, and leaves one in the trash already unchanged' {
        $made = @('pester-trash-1', 'pester-trash-2' | New-WooCoupon -Amount 1)
        $deletes = (Get-Request 'DELETE *').Count

        Remove-WooCoupon -Code 'PESTER-TRASH-1', 'Pester-Trash-2' -Confirm:$false -InformationVariable info
        $afterTrash = (Get-Request 'DELETE *').Count
        $again = @(Remove-WooCoupon -Id $made[0].id -Confirm:$false -InformationVariable againInfo -ErrorVariable againErrors -Verbose 4>&1 | Where-Object { "$_" -like '*unchanged*' })
        $reused = New-WooCoupon -Code 'pester-trash-1' -Amount 2 -ErrorVariable reuseErrors -ErrorAction SilentlyContinue

        Get-Summary $info | Should -Be 'Remove-WooCoupon: 2 applied, 0 unchanged, 0 failed.'
        $afterTrash - $deletes | Should -Be 2
        @(Get-WooCoupon -Id $made.id).status | Should -Be @('trash', 'trash')
        $againErrors.Count | Should -Be 0
        "$($again[0])" | Should -Be "coupon $($made[0].id) 'pester-trash-1' (in the trash): unchanged, it is in the trash already."
        Get-Summary $againInfo | Should -Be 'Remove-WooCoupon: 0 applied, 1 unchanged, 0 failed.'
        (Get-Request 'DELETE *').Count | Should -Be $afterTrash
        $reuseErrors.Count | Should -Be 0
        $reused.code | Should -Be 'pester-trash-1'
        $reused.id | Should -Not -Be $made[0].id
    }

    It 'deletes for good with -Permanent in one batch, finding a coupon in the trash by its code' {
        $inTrash = New-WooCoupon -Code 'pester-perm-trashed' -Amount 1
        Remove-WooCoupon -Id $inTrash.id -Confirm:$false
        $others = @('pester-perm-1', 'pester-perm-2' | New-WooCoupon -Amount 1)
        $batches = (Get-Request 'POST */coupons/batch').Count
        $deletes = (Get-Request 'DELETE *').Count

        $gone = @(Remove-WooCoupon -Code 'pester-perm-trashed', 'pester-perm-1', 'pester-perm-2' -Permanent -Confirm:$false -PassThru -InformationVariable info)

        Get-Summary $info | Should -Be 'Remove-WooCoupon: 3 applied, 0 unchanged, 0 failed.'
        $gone.id | Should -Be (@($inTrash.id) + $others.id)
        (Get-Request 'POST */coupons/batch').Count - $batches | Should -Be 1
        (Get-Request 'DELETE *').Count | Should -Be $deletes
        Get-WooCoupon -Id $inTrash.id, $others[0].id -ErrorVariable missing -ErrorAction SilentlyContinue
        $missing.Count | Should -Be 2
        $missing | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Woo.woocommerce_rest_shop_coupon_invalid_id,*' }
    }

    It 'asks before it deletes (ConfirmImpact High), and -WhatIf names the coupon' {
        $made = New-WooCoupon -Code 'pester-whatif' -Amount 1
        $attribute = (Get-Command Remove-WooCoupon).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0]

        $shown = dotnet pwsh -NoProfile -Command "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$env:WOOPS_MODULE'; Connect-WooStore -Url '$($store.HttpUrl)' -ConsumerKey '$($store.Keys.read_write.key)' -ConsumerSecret (ConvertTo-SecureString '$($store.Keys.read_write.secret)' -AsPlainText -Force) -WarningAction SilentlyContinue; Remove-WooCoupon -Code 'Pester-WhatIf' -WhatIf" 2>&1

        "$($attribute.ConfirmImpact)" | Should -Be 'High'
        ($shown -join "`n") | Should -Match ([regex]::Escape("What if: coupon $($made.id) 'pester-whatif': Move to the trash"))
        (Get-WooCoupon -Id $made.id).status | Should -Be 'publish'
    }
}
