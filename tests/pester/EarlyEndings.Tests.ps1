#Requires -Version 7.2
# However a write ends (a refused key, an error that stops it, Ctrl+C, a create whose answer was lost), every row it
# took is accounted for: in -OutcomeVariable and in the streams (or, after Ctrl+C, on the host and in a transcript).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 80
    $key = $store.Keys.read_write
    $secret = New-TestSecret -Plain $key.secret
    # Requests one by one: a scripted fault's "nth" then names one batch, and what follows it is certain.
    # A session that gives up on an answer after 1 s, for the timeouts; the default session waits as usual.
    $script:impatient = Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret $secret -MaxConcurrency 1 -TimeoutSec 1 -PassThru -WarningAction SilentlyContinue
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret $secret -MaxConcurrency 1 -WarningAction SilentlyContinue
    $script:simple = @(Get-WooProduct -Type simple)
    $script:variable = @(Get-WooProduct -Type variable)

    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
    function Get-Request([string]$Like) { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like $Like }) }
    function Get-Counts($Outcomes) { ($Outcomes | Group-Object { "$($_.Outcome)" } | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Count)" }) -join ' ' }
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'A refused key ends the command, every row told' {
    AfterEach { Clear-WooFakeStoreScript -Store $store }

    It 'applies the rows before the refused request, fails its row, tells the rest as not sent, counts them, then ends with the refused row as target' {
        $items = $simple[0..11]
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'DELETE'; Route = '^/wc/v3/products/\d+$'; Nth = 2; Action = 'forbidden' } | Out-Null
        $stream = [System.Collections.Generic.List[object]]::new()
        $ending = $null

        # -BatchSize 5 with one request at a time: a window is 5 rows, each moved to the trash by a DELETE of its own.
        try {
            $items.id | Remove-WooProduct -BatchSize 5 -Confirm:$false -OutcomeVariable out -ErrorVariable errs -InformationVariable info -Verbose *>&1 |
                ForEach-Object { $stream.Add($_) }
        }
        catch { $ending = $_ }

        # The variable: the 5 rows of the first window (rows 6-12 were still upstream, never taken).
        $out.Count | Should -Be 5
        $out.Row | Should -Be @(1, 2, 3, 4, 5)
        @($out.Outcome | ForEach-Object { "$_" }) | Should -Be @('Applied', 'Failed', 'NotSent', 'NotSent', 'NotSent')
        $out[1].ErrorId | Should -Be 'Woo.rest_forbidden'
        $out[1].Message | Should -Be "product $($items[1].id) '$($items[1].name)' (SKU '$($items[1].sku)'): not written: its request failed: Sorry, you are not allowed to do that."
        $out[2..4].ErrorId | Sort-Object -Unique | Should -Be 'Woo.woops_not_sent'
        $out[2].Message | Should -Be "product $($items[2].id) '$($items[2].name)' (SKU '$($items[2].sku)'): not sent: the store refused the key for another row (Sorry, you are not allowed to do that.), which ended the command."
        $out.InputObject | Should -Be $items[0..4].id
        $table = ($out | Out-String -Width 400) -split "`r?`n" | Where-Object { $_.Trim() }
        $table[0] -split '\s+' | Where-Object { $_ } | Should -Be @('Row', 'Outcome', 'Item', 'Message')
        # The streams: the applied row told (verbose), one error per other row with its row as target, the summary last.
        @($stream | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and "$_" -eq "product $($items[0].id) '$($items[0].name)' (SKU '$($items[0].sku)'): Move to the trash: done." }).Count | Should -Be 1
        # -ErrorVariable also holds the ending, as the exception that carried it.
        $rowErrors = @($errs | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $rowErrors.Count | Should -Be 4
        $rowErrors[0].FullyQualifiedErrorId | Should -BeLike 'Woo.rest_forbidden,*'
        $rowErrors[0].TargetObject | Should -Be $items[1].id
        $rowErrors[1..3] | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_not_sent,*' }
        $rowErrors[1..3].TargetObject | Should -Be $items[2..4].id
        Get-Summary $info | Should -Be 'Remove-WooProduct: 1 applied, 0 unchanged, 1 failed, 3 not sent.'
        $stream[-1] | Should -BeOfType System.Management.Automation.InformationRecord
        "$($stream[-1].MessageData)" | Should -Be 'Remove-WooProduct: 1 applied, 0 unchanged, 1 failed, 3 not sent.'
        # The ending.
        $ending | Should -Not -BeNullOrEmpty
        $ending.FullyQualifiedErrorId | Should -BeLike 'Woo.rest_forbidden,*'
        $ending.Exception.Message | Should -Be 'Remove-WooProduct ended: the store refused a request of it (403: Sorry, you are not allowed to do that.), so no other was sent. Of 5 rows: 1 applied, 0 unchanged, 1 failed, 3 not sent; each was told.'
        @($ending.TargetObject) | Should -Be @($items[1].id)
        $ending.ErrorDetails.RecommendedAction | Should -Match 'Test-WooKey -Permission ReadWrite'
        $ending.ErrorDetails.RecommendedAction | Should -Match "plugin's log"
        # The store: only the applied row is in the trash; no DELETE after the refused one.
        @(Get-WooProduct -Id $items.id -ErrorAction SilentlyContinue | Where-Object status -EQ 'trash').id | Should -Be @($items[0].id)
        @(Get-WooFakeStoreScript -Store $store)[0].matched | Should -Be 2
    }

    It 'fails the rows of the refused batch as a batch, leaves the batches after it unsent, and its failed and unsent rows run again from the variable' {
        # One window: products, then the variations of two products, each a batch of its own, sent one by one.
        $products = $simple[12..14]
        $first = @(Get-WooProductVariation -ProductId $variable[0].id)[0..1]
        $second = @(Get-WooProductVariation -ProductId $variable[1].id)[0..1]
        $rows = @($products + $first + $second | ForEach-Object { [pscustomobject]@{ sku = $_.sku; regular_price = '4.44' } })
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '/batch$'; Nth = 2; Action = 'forbidden' } | Out-Null
        $ending = $null

        try { $rows | Set-WooProduct -OutcomeVariable out -ErrorVariable errs -ErrorAction SilentlyContinue -InformationVariable info }
        catch { $ending = $_ }

        Get-Counts $out | Should -Be 'Applied=3 Failed=2 NotSent=2'
        @($out[3..4].ErrorId | Sort-Object -Unique) | Should -Be 'Woo.rest_forbidden'
        $out[3].Message | Should -BeLike "variation $($first[0].id) of product $($variable[0].id) '*' (SKU '$($first[0].sku)'): not written: the batch of 2 it was in failed: Sorry, you are not allowed to do that."
        @($out[5..6].ErrorId | Sort-Object -Unique) | Should -Be 'Woo.woops_not_sent'
        $out[5..6].InputObject.sku | Should -Be $second.sku
        $rowErrors = @($errs | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] -and "$($_.FullyQualifiedErrorId)" -like 'Woo.woops_not_sent,*' })
        $rowErrors.TargetObject.sku | Should -Be $second.sku
        Get-Summary $info | Should -Be 'Set-WooProduct: 3 applied, 0 unchanged, 2 failed, 2 not sent.'
        $ending.FullyQualifiedErrorId | Should -BeLike 'Woo.rest_forbidden,*'
        $ending.Exception.Message | Should -BeLike 'Set-WooProduct ended: the store refused a request of it (403: *), so no other was sent. Of 7 rows: 3 applied, 0 unchanged, 2 failed, 2 not sent; each was told.'
        @($ending.TargetObject).sku | Should -Be $first.sku
        (Get-WooProduct -Id $products.id).regular_price | Should -Be @(4.44, 4.44, 4.44)
        @(Get-WooProductVariation -ProductId $variable[0].id -Id $first.id).regular_price | Should -Be $first.regular_price
        @(Get-WooProductVariation -ProductId $variable[1].id -Id $second.id).regular_price | Should -Be $second.regular_price

        # The re-run: the rows that failed, are in doubt or were not sent, with their input, once the key is let through.
        Clear-WooFakeStoreScript -Store $store
        $out | Where-Object Outcome -In InDoubt, NotSent, Failed | ForEach-Object InputObject | Set-WooProduct -InformationVariable again

        Get-Summary $again | Should -Be 'Set-WooProduct: 4 applied, 0 unchanged, 0 failed.'
        @(Get-WooProductVariation -ProductId $variable[0].id -Id $first.id).regular_price | Should -Be @(4.44, 4.44)
        @(Get-WooProductVariation -ProductId $variable[1].id -Id $second.id).regular_price | Should -Be @(4.44, 4.44)
    }
}

Describe 'An error that stops the command (-ErrorAction Stop)' {
    AfterEach { Clear-WooFakeStoreScript -Store $store }

    It 'tells, before the error, how it ended and each row not told yet, with advice, the summary, and every row in the variable' {
        # Batches of 5 sent one by one: the third does not answer within 1 s, nor do its 3 retries.
        $items = $simple[15..29]
        $rows = $items | ForEach-Object { [pscustomobject]@{ sku = $_.sku; regular_price = '7.77' } }
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 3, 4, 5, 6; Action = 'slow-after'; DelayMs = 2000 } | Out-Null
        $ending = $null

        try {
            $rows | Set-WooProduct -Session $impatient -BatchSize 5 -ErrorAction Stop -OutcomeVariable out -WarningVariable warned -WarningAction SilentlyContinue -InformationVariable info
        }
        catch { $ending = $_ }

        $ending.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_outcome_unknown,*'
        $ending.TargetObject.sku | Should -Be $items[10].sku
        $ending.ErrorDetails.RecommendedAction | Should -Be 'Running the row again is safe: with -SkipUnchanged only what still differs is sent.'
        $timeout = "(The store did not answer POST $($store.HttpUrl)/wp-json/wc/v3/products/batch within 1 s.)."
        $ending.Exception.Message | Should -Be "product $($items[10].id) '$($items[10].name)' (SKU '$($items[10].sku)'): may or may not have been written: the batch of 5 it was in failed, also when sent again $timeout"
        # Sent 4 times: once and 3 retries.
        @(Get-WooFakeStoreScript -Store $store)[0].hits | Should -Be 4
        $lines = @($warned | ForEach-Object { "$_" })
        $lines.Count | Should -Be 6
        $lines[0] | Should -Be "Set-WooProduct ended early (an error stopped it: $($ending.Exception.Message)): of 15 rows, 10 applied, 0 unchanged, 0 failed, 5 in doubt. The 4 rows not told yet follow; `$out holds every row with its input."
        @($lines | Where-Object { $_ -like 'Row *' }).Count | Should -Be 4
        $lines[1] | Should -Be "Row 12: product $($items[11].id) '$($items[11].name)' (SKU '$($items[11].sku)'): may or may not have been written: the batch of 5 it was in failed, also when sent again $timeout"
        ($lines[1..4] | ForEach-Object { ($_ -split ':')[0] }) | Should -Be @('Row 12', 'Row 13', 'Row 14', 'Row 15')
        $lines[5] | Should -Be 'Run the rows in doubt and not sent again; updates are safe to send twice, and with -SkipUnchanged only what still differs is sent.'
        Get-Summary $info | Should -Be 'Set-WooProduct: 10 applied, 0 unchanged, 0 failed, 5 in doubt.'
        $out.Count | Should -Be 15
        Get-Counts $out | Should -Be 'Applied=10 InDoubt=5'
        @($out | Where-Object { "$($_.Outcome)" -eq 'InDoubt' }).Row | Should -Be @(11, 12, 13, 14, 15)
        @($out | Where-Object { "$($_.Outcome)" -eq 'InDoubt' }).ErrorId | Sort-Object -Unique | Should -Be 'Woo.woops_outcome_unknown'
        # The store did it, although its answer never came in time.
        (Get-WooProduct -Id $items.id).regular_price | Sort-Object -Unique | Should -Be 7.77
    }

    It 'sends a batch of updates again when it times out, and counts its rows applied when the second answer comes' {
        $items = $simple[30..33]
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 1; Action = 'slow-after'; DelayMs = 2000 } | Out-Null

        $items | ForEach-Object { [pscustomobject]@{ id = $_.id; regular_price = '6.66' } } |
            Set-WooProduct -Session $impatient -OutcomeVariable out -InformationVariable info -ErrorVariable errs -WarningVariable warned

        $errs.Count | Should -Be 0
        $warned.Count | Should -Be 0
        Get-Summary $info | Should -Be 'Set-WooProduct: 4 applied, 0 unchanged, 0 failed.'
        @($out.Outcome | ForEach-Object { "$_" } | Sort-Object -Unique) | Should -Be 'Applied'
        $script = @(Get-WooFakeStoreScript -Store $store)[0]
        $script.matched | Should -Be 2
        $script.hits | Should -Be 1
        (Get-WooProduct -Id $items.id).regular_price | Sort-Object -Unique | Should -Be 6.66
    }
}

Describe 'Ctrl+C' {
    AfterEach { Clear-WooFakeStoreScript -Store $store }

    It 'leaves every row taken in the variable as in doubt or not sent, and writes the account to the host and into a transcript' {
        # -SkipUnchanged, batches of 5, 2 requests at once: a window is 10 rows. Of the first, 7 differ from the store:
        # 5 go out in a batch, which the store carries out and never answers; 2 wait for a fuller batch.
        $items = $simple[34..53]
        $rows = @($items | ForEach-Object { [pscustomobject]@{ id = $_.id; regular_price = $_.regular_price } })
        $changed = 0, 1, 2, 4, 5, 7, 8
        foreach ($i in $changed) { $rows[$i].regular_price = 8.88 }
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Action = 'hold-after' } | Out-Null
        $transcript = Join-Path ([System.IO.Path]::GetTempPath()) "woops-ctrlc-$([guid]::NewGuid()).txt"
        $runspace = [runspacefactory]::CreateRunspace($Host)
        $runspace.Open()
        try {
            $ps = [powershell]::Create()
            $ps.Runspace = $runspace
            $null = $ps.AddScript({
                    param($module, $url, $key, $secret, $rows, $transcript)
                    Import-Module $module
                    Connect-WooStore -Url $url -ConsumerKey $key -ConsumerSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -MaxConcurrency 2 -WarningAction SilentlyContinue
                    Start-Transcript -LiteralPath $transcript | Out-Null
                    $rows | Set-WooProduct -BatchSize 5 -SkipUnchanged -OutcomeVariable out
                }).AddArgument($env:WOOPS_MODULE).AddArgument($store.HttpUrl).AddArgument($store.Keys.read_write.key).AddArgument($store.Keys.read_write.secret).AddArgument($rows).AddArgument($transcript)
            $running = $ps.BeginInvoke()
            Wait-WooFakeStoreHeld -Store $store -Count 1

            $ps.Stop()
            $state = $ps.InvocationStateInfo.State
            $ps.Dispose()
            $end = [powershell]::Create()
            $end.Runspace = $runspace
            $null = $end.AddScript({ Stop-Transcript }).Invoke()
            $end.Dispose()
            $out = $runspace.SessionStateProxy.GetVariable('out')
            $text = Get-Content -LiteralPath $transcript -Raw
        }
        finally {
            $runspace.Dispose()
            Remove-Item -LiteralPath $transcript -ErrorAction SilentlyContinue
        }

        $state | Should -Be 'Stopped'
        # The rows after the first window were still upstream: never taken, not counted.
        $out.Count | Should -Be 10
        $out.Row | Should -Be (1..10)
        Get-Counts $out | Should -Be 'InDoubt=5 NotSent=2 Unchanged=3'
        @($out | Where-Object { "$($_.Outcome)" -eq 'InDoubt' }).Row | Should -Be @(1, 2, 3, 5, 6)
        @($out | Where-Object { "$($_.Outcome)" -eq 'NotSent' }).Row | Should -Be @(8, 9)
        @($out | Where-Object { "$($_.Outcome)" -eq 'InDoubt' }).ErrorId | Sort-Object -Unique | Should -Be 'Woo.woops_outcome_unknown'
        @($out | Where-Object { "$($_.Outcome)" -eq 'NotSent' }).ErrorId | Sort-Object -Unique | Should -Be 'Woo.woops_not_sent'
        $out[0].InputObject.id | Should -Be $items[0].id
        $text | Should -Match ([regex]::Escape('Set-WooProduct ended early (it was stopped): of 10 rows, 0 applied, 3 unchanged, 0 failed, 5 in doubt, 2 not sent. The 10 rows not told yet follow; $out holds every row with its input.'))
        foreach ($n in 1..10) {
            [regex]::Matches($text, "(?m)^WARNING: Row $($n): ").Count | Should -Be 1 -Because "row $n is told once"
        }
        $text | Should -Match ([regex]::Escape("Row 1: product $($items[0].id) '$($items[0].name)' (SKU '$($items[0].sku)'): sent, but the command ended before the store answered: the store may or may not have done it."))
        $text | Should -Match ([regex]::Escape("Row 8: product $($items[7].id) '$($items[7].name)' (SKU '$($items[7].sku)'): not sent: the command ended before it was sent."))
        $text | Should -Match ([regex]::Escape('Set-WooProduct: 0 applied, 3 unchanged, 0 failed, 5 in doubt, 2 not sent.'))
        # The store carried out the batch whose answer never came, and nothing else.
        $now = @(Get-WooProduct -Id $items[0..9].id)
        foreach ($i in 0, 1, 2, 4, 5) { $now[$i].regular_price | Should -Be 8.88 }
        foreach ($i in 7, 8) { $now[$i].regular_price | Should -Be $items[$i].regular_price }
    }
}

Describe 'A create whose answer was lost' {
    AfterEach { Clear-WooFakeStoreScript -Store $store }

    It 'finds the products the store made by their SKUs and writes them out as made' {
        $rows = 1..3 | ForEach-Object { [pscustomobject]@{ name = "Lost Answer $_"; sku = "PESTER-LOST-$_"; regular_price = '5.00' } }
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 1; Action = 'gateway-timeout-after' } | Out-Null

        $stream = @($rows | New-WooProduct -OutcomeVariable out -InformationVariable info -ErrorVariable errs -Verbose 4>&1)

        $made = @($stream | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $made.Count | Should -Be 3
        $made[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Product'
        $made.sku | Should -Be @('PESTER-LOST-1', 'PESTER-LOST-2', 'PESTER-LOST-3')
        $errs.Count | Should -Be 0
        "$(@($stream | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and "$_" -like "new product 'Lost Answer 1':*: done*" })[0])" |
            Should -BeLike "*: done (its answer was lost; found by the SKU 'PESTER-LOST-1')."
        @($out.Outcome | ForEach-Object { "$_" } | Sort-Object -Unique) | Should -Be 'Applied'
        $out[1].Message | Should -Be "its answer was lost; found by the SKU 'PESTER-LOST-2'"
        $out.Id | Should -Be $made.id
        Get-Summary $info | Should -Be 'New-WooProduct: 3 applied, 0 unchanged, 0 failed.'
        # Never sent twice: one product each.
        @(Get-WooFakeStoreScript -Store $store)[0].matched | Should -Be 1
        @(Get-WooProduct -Sku 'PESTER-LOST-1', 'PESTER-LOST-2', 'PESTER-LOST-3').Count | Should -Be 3
    }

    It 'fails a create the store did not carry out as not created, naming its SKU, without sending it again' {
        $rows = 1..2 | ForEach-Object { [pscustomobject]@{ name = "Never Made $_"; sku = "PESTER-NEVER-$_"; regular_price = '5.00' } }
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 1; Action = 'unavailable' } | Out-Null

        $made = @($rows | New-WooProduct -OutcomeVariable out -InformationVariable info -ErrorVariable errs -ErrorAction SilentlyContinue)

        $made.Count | Should -Be 0
        $errs.Count | Should -Be 2
        $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_not_created,*' }
        $errs.TargetObject.sku | Should -Be @('PESTER-NEVER-1', 'PESTER-NEVER-2')
        $errs[0].Exception.Message | Should -BeLike "new product 'Never Made 1': not created: its request failed (*503*), and no product has the SKU 'PESTER-NEVER-1' now. Running the row again is safe: the store refuses a second product with it."
        @($out.ErrorId | Sort-Object -Unique) | Should -Be 'Woo.woops_not_created'
        Get-Summary $info | Should -Be 'New-WooProduct: 0 applied, 0 unchanged, 2 failed.'
        @(Get-WooFakeStoreScript -Store $store)[0].matched | Should -Be 1
        Get-WooProduct -Sku 'PESTER-NEVER-1' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'leaves a create without a key in doubt, not sent again' {
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 1; Action = 'gateway-timeout-after' } | Out-Null

        New-WooProduct -Name 'Pester No Key' -RegularPrice 3 -OutcomeVariable out -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        "$($out[0].Outcome)" | Should -Be 'InDoubt'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_outcome_unknown,*'
        $failures[0].Exception.Message | Should -BeLike "new product 'Pester No Key': the store may or may not have created it: its request failed (*504*). It was not sent again, so as not to create it twice."
        $failures[0].ErrorDetails.RecommendedAction | Should -BeLike 'Look for it before creating it again: Get-WooProduct *'
        Get-Summary $info | Should -Be 'New-WooProduct: 0 applied, 0 unchanged, 0 failed, 1 in doubt.'
        @(Get-WooFakeStoreScript -Store $store)[0].matched | Should -Be 1
    }

    It 'fills the advice for a create without a key with what the row has' {
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 1; Action = 'gateway-timeout-after' } | Out-Null

        New-WooProduct -Name 'Pester No Key Advice' -RegularPrice 3 -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].ErrorDetails.RecommendedAction | Should -Not -Match '<sku>'
    }
}

Describe 'A delete whose answer was lost' {
    AfterEach { Clear-WooFakeStoreScript -Store $store }

    It 'does not send a batch delete again, looks its products up, and counts those gone as deleted' {
        $items = $simple[54..55]
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 1; Action = 'gateway-timeout-after' } | Out-Null

        Remove-WooProduct -Id $items.id -Permanent -Confirm:$false -OutcomeVariable out -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        Get-Summary $info | Should -Be 'Remove-WooProduct: 2 applied, 0 unchanged, 0 failed.'
        $failures.Count | Should -Be 0
        @($out.Message | Sort-Object -Unique) | Should -Be 'its answer was lost; the store no longer has it'
        @(Get-WooFakeStoreScript -Store $store)[0].matched | Should -Be 1
        Get-WooProduct -Id $items.id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'leaves the rows of a batch delete in doubt when they cannot be looked up either, and says how to check each' {
        $items = $simple[56..57]
        # The first GET reads the products to name them in the prompt; the second looks for them after the lost answer.
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 1; Action = 'gateway-timeout-after' },
            @{ Method = 'GET'; Route = '^/wc/v3/products$'; Nth = 2; Action = 'forbidden' } | Out-Null

        Remove-WooProduct -Id $items.id -Permanent -Confirm:$false -OutcomeVariable out -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        Get-Summary $info | Should -Be 'Remove-WooProduct: 0 applied, 0 unchanged, 0 failed, 2 in doubt.'
        @($out.ErrorId | Sort-Object -Unique) | Should -Be 'Woo.woops_outcome_unknown'
        $failures.Count | Should -Be 2
        $failures[0].Exception.Message | Should -BeLike "product $($items[0].id) '$($items[0].name)' (SKU '$($items[0].sku)'): may or may not have been deleted: the batch of 2 it was in failed (*504*); it was not sent again."
        $failures[1].ErrorDetails.RecommendedAction | Should -Be "Check whether it still exists: Get-WooProduct -Id $($items[1].id) (an error saying there is none means it was deleted)."
        @(Get-WooFakeStoreScript -Store $store)[0].matched | Should -Be 1
        @(Get-WooFakeStoreScript -Store $store)[1].hits | Should -Be 1
    }

    It 'fails the rows of a batch delete the store did not carry out, as safe to run again' {
        $items = $simple[58..59]
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 1; Action = 'unavailable' } | Out-Null

        Remove-WooProduct -Id $items.id -Permanent -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        Get-Summary $info | Should -Be 'Remove-WooProduct: 0 applied, 0 unchanged, 2 failed.'
        @($failures.FullyQualifiedErrorId | ForEach-Object { ($_ -split ',')[0] } | Sort-Object -Unique) | Should -Be 'Woo.woops_not_deleted'
        $failures[0].Exception.Message | Should -BeLike "product $($items[0].id) '$($items[0].name)' (SKU '$($items[0].sku)'): not deleted: its request failed (*503*), and it is still there. Running the row again is safe."
        $failures[0].ErrorDetails.RecommendedAction | Should -Be 'Run the row again.'
        @(Get-WooProduct -Id $items.id).Count | Should -Be 2
    }
}
