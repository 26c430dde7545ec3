#Requires -Version 7.2
# Every script in examples/ run as cron runs it (pwsh -NoProfile -File, a child process, WooPS found on
# PSModulePath), against the fake store with a good key and with a wrong secret.

BeforeDiscovery {
    $script:examples = @(Get-ChildItem -Path (Join-Path $PSScriptRoot '../../examples') -Filter *.ps1 | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:store = Start-WooFakeStore -Products 6 -Orders 8
    $script:folder = Resolve-Path (Join-Path $PSScriptRoot '../../examples')
    $script:modules = Split-Path -Parent (Split-Path -Parent $env:WOOPS_MODULE)
    $script:good = $store.Keys.read_write
    $script:wrongSecret = 'cs_' + ('0' * 40)

    # Runs one example in a child pwsh with WOO_* set; returns its exit code and everything it printed.
    function Invoke-Example([string]$Name, [string[]]$Arguments = @(), [string]$Secret = $good.secret) {
        $saved = $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET, $env:PSModulePath
        try {
            $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET = $store.HttpUrl, $good.key, $Secret
            $env:PSModulePath = $modules + [IO.Path]::PathSeparator + $env:PSModulePath
            $output = & (Get-DotnetHostPath) pwsh -NoProfile -File (Join-Path $folder $Name) @Arguments 2>&1
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Log = ($output | Out-String) }
        }
        finally { $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET, $env:PSModulePath = $saved }
    }

    $script:cases = @{
        'Sync-Stock.ps1'              = @{
            Arguments = { $csv = Join-Path $TestDrive 'stock.csv'; @('-Path', $csv, '-ReportPath', (Join-Path $TestDrive 'failed.csv')) }
        }
        'Export-YesterdaysOrders.ps1' = @{ Arguments = { @('-Path', (Join-Path $TestDrive 'orders.csv'), '-Day', '2026-01-05') } }
        'Update-Prices.ps1'           = @{ Arguments = { @('-Path', (Join-Path $TestDrive 'prices.csv')) } }
        'Test-StoreKey.ps1'           = @{ Arguments = { @() } }
    }
}

AfterAll {
    Stop-WooFakeStore -Store $store
}

Describe 'examples/<Name>' -ForEach $examples {
    BeforeAll {
        $case = $cases[$Name]
        'sku,stock_quantity', 'NO-SUCH-SKU,5' | Set-Content (Join-Path $TestDrive 'stock.csv')
        'sku,regular_price', 'NO-SUCH-SKU,9.99' | Set-Content (Join-Path $TestDrive 'prices.csv')
    }

    It 'has a test case (add one to $cases in Examples.Tests.ps1)' {
        $cases.Keys | Should -Contain $Name
    }

    It 'stops with a non-zero exit code and says why when the secret is wrong' {
        $run = Invoke-Example $Name (& $case.Arguments) -Secret $wrongSecret
        $run.ExitCode | Should -Not -Be 0
        $run.Log | Should -Match 'secret is wrong'
        $run.Log | Should -Not -Match ('0' * 40)
    }
}

Describe 'the examples with a good key' {
    BeforeAll {
        Import-WooPSUnderTest
        Connect-WooStore -Url $store.HttpUrl -ConsumerKey $good.key -ConsumerSecret (New-TestSecret -Plain $good.secret) -WarningAction SilentlyContinue
        $script:all = @(Get-WooProduct | Where-Object { $_.sku })
    }
    AfterAll { Disconnect-WooStore }

    It 'Sync-Stock sets the stock, reports the failed row and exits 1' {
        $csv = Join-Path $TestDrive 'stock.csv'
        $report = Join-Path $TestDrive 'failed.csv'
        "sku,stock_quantity`n$($all[0].sku),41`nNO-SUCH-SKU,5`n$($all[1].sku),42" | Set-Content $csv

        $run = Invoke-Example 'Sync-Stock.ps1' @('-Path', $csv, '-ReportPath', $report)

        $run.ExitCode | Should -Be 1 -Because $run.Log
        (Get-WooProduct -Id $all[0].id).stock_quantity | Should -Be 41
        (Get-WooProduct -Id $all[1].id).stock_quantity | Should -Be 42
        $failed = @(Import-Csv $report)
        $failed.Count | Should -Be 1
        $failed[0].sku | Should -Be 'NO-SUCH-SKU'
        $failed[0].row | Should -Be 2
        $failed[0].error_id | Should -Match 'sku_not_found'
        $failed[0].message | Should -Not -BeNullOrEmpty

        "sku,stock_quantity`n$($all[0].sku),43" | Set-Content $csv
        (Invoke-Example 'Sync-Stock.ps1' @('-Path', $csv, '-ReportPath', $report)).ExitCode | Should -Be 0
        @(Import-Csv $report).Count | Should -Be 0
    }

    It 'Export-YesterdaysOrders writes the day''s orders with readable columns' {
        $csv = Join-Path $TestDrive 'orders.csv'
        $day = [datetime]'2026-01-05'
        $expected = @(Get-WooOrder | Where-Object { $_.date_created_gmt.ToLocalTime().Date -eq $day })

        $run = Invoke-Example 'Export-YesterdaysOrders.ps1' @('-Path', $csv, '-Day', '2026-01-05')

        $run.ExitCode | Should -Be 0 -Because $run.Log
        $rows = @(Import-Csv $csv)
        $expected.Count | Should -BeGreaterThan 0
        $rows.number | Should -Be $expected.number
        $rows[0].PSObject.Properties.Name | Should -Be 'number', 'date', 'status', 'total', 'customer', 'email', 'items'
        $rows | ForEach-Object { $_.date | Should -BeLike '2026-01-05 *'; $_.items | Should -Match '^\d+ × ' }
        (Get-Content $csv -Raw) | Should -Not -Match 'System\.Object'

        $run = Invoke-Example 'Export-YesterdaysOrders.ps1' @('-Path', $csv)
        $run.ExitCode | Should -Be 0 -Because $run.Log
        @(Get-Content $csv)[0] | Should -Be '"number","date","status","total","customer","email","items"'
    }

    It 'Update-Prices previews by default and applies with -Apply' {
        $csv = Join-Path $TestDrive 'prices.csv'
        "sku,regular_price`n$($all[2].sku),123.45" | Set-Content $csv
        $before = (Get-WooProduct -Id $all[2].id).regular_price

        $preview = Invoke-Example 'Update-Prices.ps1' @('-Path', $csv)
        $preview.ExitCode | Should -Be 0 -Because $preview.Log
        $preview.Log | Should -Match 'What if'
        $preview.Log | Should -Match '123\.45'
        (Get-WooProduct -Id $all[2].id).regular_price | Should -Be $before

        $applied = Invoke-Example 'Update-Prices.ps1' @('-Path', $csv, '-Apply')
        $applied.ExitCode | Should -Be 0 -Because $applied.Log
        (Get-WooProduct -Id $all[2].id).regular_price | Should -Be 123.45
    }

    It 'Test-StoreKey exits 0 with a good key' {
        $run = Invoke-Example 'Test-StoreKey.ps1' @('-Permission', 'ReadWrite')
        $run.ExitCode | Should -Be 0 -Because $run.Log
        $run.Log | Should -Match 'the key works'
    }
}
