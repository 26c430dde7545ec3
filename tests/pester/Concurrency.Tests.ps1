#Requires -Version 7.2
# The session's limit on requests in flight as a user meets it: its properties, the bound, and what -Verbose and
# -Debug say when the store refuses a page for overload (503) or throttles (429 with Retry-After). The fake store's
# small host and rate limit themselves are tested in xunit (HostProfileTests).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $PSStyle.OutputRendering = 'PlainText'

    function Connect-To($Store, [hashtable]$With = @{}) {
        $key = $Store.Keys.read_write
        Connect-WooStore -Url $Store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -PassThru -WarningAction SilentlyContinue @With
    }

    function Get-LimitLine($Records) {
        @($Records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Requests at once*' } | ForEach-Object Message)
    }

    # The listing's first page (the first GET of products after the script is set: Connect's check is done by
    # then) is refused once, before any other request of the listing goes out and any round of answers is complete,
    # so the refusal is the limit's first decision.
    function Set-RefusedPage([string]$Action = 'unavailable') {
        $null = Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'GET'; Route = '^/wc/v3/products$'; Nth = 1; Action = $Action; RetryAfter = 1 }
    }

    $script:store = Start-WooFakeStore -Products 60
}

AfterAll {
    Stop-WooFakeStore -Store $store
}


Describe 'The session''s limit on requests in flight' {
    AfterEach {
        Clear-WooFakeStoreScript -Store $store
    }

    It 'starts at 4 under a bound of 16, learned unless -FixedConcurrency' {
        $s = Connect-To $store
        $fixed = Connect-To $store @{ MaxConcurrency = 3; FixedConcurrency = $true }
        try {
            $s.MaxConcurrency | Should -Be 16
            $s.ConcurrencyLimit | Should -Be 4
            $s.FixedConcurrency | Should -BeFalse
            $fixed.ConcurrencyLimit | Should -Be 3
            $fixed.FixedConcurrency | Should -BeTrue
            ($s | Format-List | Out-String) | Should -Match 'ConcurrencyLimit\s+: 4 \(learned from the store\)'
            ($fixed | Format-List | Out-String) | Should -Match 'ConcurrencyLimit\s+: 3 \(fixed\)'
        }
        finally {
            Disconnect-WooStore -Session $s
            Disconnect-WooStore -Session $fixed
        }
    }

    It 'takes a bound from 1 to 32 and refuses others' {
        { Connect-To $store @{ MaxConcurrency = 33 } } | Should -Throw -ErrorId 'ParameterArgumentValidationError,WooPS.Commands.ConnectWooStoreCommand'
        $s = Connect-To $store @{ MaxConcurrency = 32 }
        try {
            $s.MaxConcurrency = 2
            $s.ConcurrencyLimit | Should -Be 2
            { $s.MaxConcurrency = 33 } | Should -Throw
        }
        finally { Disconnect-WooStore -Session $s }
    }

    It 'halves at the first 503 of a host that refuses, says so once under -Verbose, and still lists every product' {
        $s = Connect-To $store
        Set-RefusedPage
        try {
            $records = @(Get-WooProduct -Session $s -PageSize 10 -Verbose 4>&1)

            @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 60
            Get-LimitLine $records | Should -Be 'Requests at once: 4 → 2 (the store answered 503).'
            $s.ConcurrencyLimit | Should -Be 2
        }
        finally { Disconnect-WooStore -Session $s }
    }

    It 'shows the measurements behind its decisions under -Debug, with the verbose lines and no prompt' {
        $s = Connect-To $store
        Set-RefusedPage
        try {
            # A prompt would fail here: the test host cannot answer one.
            $records = @(Get-WooProduct -Session $s -PageSize 10 -Debug 5>&1 4>&1)
            $debug = @($records | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | ForEach-Object Message)

            $debug | Should -Contain 'the store answered 503: halved the limit to 2.'
            $debug | Should -Contain 'Requests at once: 4 → 2 (the store answered 503).'
            @($debug -match '^GET https://127\.0\.0\.1:\d+/wp-json/wc/v3/products\?.* → 200 OK').Count | Should -BeGreaterThan 0
            @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0
        }
        finally { Disconnect-WooStore -Session $s }
    }

    It 'keeps what it learned for the session''s next command' {
        $s = Connect-To $store
        Set-RefusedPage
        try {
            $null = Get-WooProduct -Session $s -PageSize 10
            $records = @(Get-WooProduct -Session $s -PageSize 10 -Verbose 4>&1)

            $s.ConcurrencyLimit | Should -Be 2
            Get-LimitLine $records | Should -BeNullOrEmpty
                    }
        finally { Disconnect-WooStore -Session $s }
    }

    It 'on a store far away, doubles during a fresh session''s write, so that its batches go out together' {
        # 500 ms a request, however many at once: a write of 1,000 rows is 10 lookups, then 10 batches. The lookups,
        # never seen alone, are compared with the key's check at connect: within 2× of it (an answer 500 ms late
        # would be needed to fail), the limit doubles after 4 answers, then again from the 6 lookups left or the
        # batches. The check must not be the new store's first request, which pays for the store's own start
        # (an answer faster than the check by a fifth makes the check no measure): a first session takes that.
        $far = Start-WooFakeStore -Products 1150 -DelayMs 500   # 1,006 simple products, WOO-SIMPLE-0001 on
        Disconnect-WooStore -Session (Connect-To $far)
        $s = Connect-To $far
        try {
            $rows = 1..1000 | ForEach-Object { [pscustomobject]@{ sku = 'WOO-SIMPLE-{0:D4}' -f $_; stock_quantity = 3; manage_stock = 'true' } }
            $records = @($rows | Set-WooProduct -Session $s -PassThru -Verbose 4>&1)

            @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 1000
            $lines = Get-LimitLine $records
            $lines[0] | Should -BeLike 'Requests at once: 4 → 8 (answers with 4 in flight took *× as long as the fastest the store gave alone).'
            $lines[1] | Should -BeLike 'Requests at once: 8 → 1[0-6] (answers with * in flight took *× as long as the fastest the store gave alone).'
            $s.ConcurrencyLimit | Should -BeGreaterOrEqual 10
        }
        finally {
            Disconnect-WooStore -Session $s
            Stop-WooFakeStore -Store $far
        }
    }

    It 'pauses every request of the session for a Retry-After, and writes go through the same limit' {
        $s = Connect-To $store
        Set-RefusedPage -Action throttle
        try {
            $products = @(Get-WooProduct -Session $s -PageSize 5 -Property id, sku -Verbose 4>&1)
            $rows = @($products | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] -and $_.sku } |
                    ForEach-Object { [pscustomobject]@{ sku = $_.sku; stock_quantity = 7; manage_stock = 'true' } })
            $written = @($rows | Set-WooProduct -Session $s -BatchSize 5 -PassThru)

            @($products | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 60
            @($products | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'The store asked to wait 1 s (Retry-After): every request of the session waits.' }).Count | Should -BeGreaterThan 0
            Get-LimitLine $products | Should -Contain 'Requests at once: 4 → 2 (the store answered 429).'
            $written.Count | Should -Be $rows.Count
            $written.stock_quantity | Sort-Object -Unique | Should -Be 7
        }
        finally { Disconnect-WooStore -Session $s }
    }
}
