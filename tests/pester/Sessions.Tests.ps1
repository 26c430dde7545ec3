#Requires -Version 7.2
# Several stores in one script, and runspaces that each keep their own default.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:storeA = Start-WooFakeStore -Products 3
    $script:storeB = Start-WooFakeStore -Products 7
    function Connect-Test($store) {
        $key = $store.Keys.read_write
        Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -PassThru -WarningAction SilentlyContinue
    }
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $storeA
    Stop-WooFakeStore -Store $storeB
}

Describe 'Sessions' {
    It 'keeps two sessions apart in one runspace; -Session picks the store' {
        $a = Connect-Test $storeA
        $b = Connect-Test $storeB

        (Get-WooStore).StoreUrl | Should -Be $storeB.HttpUrl
        @(Get-WooProduct).Count | Should -Be 7
        @(Get-WooProduct -Session $a).Count | Should -Be 3
        @(Get-WooProduct -Session $b).Count | Should -Be 7
        $a.KeyEnding | Should -Not -Be $b.KeyEnding
    }

    It 'gives each parallel runspace its own default and leaves this one''s alone' {
        $mine = Connect-Test $storeA
        $module = $env:WOOPS_MODULE
        $stores = $storeA, $storeB
        # Both runspaces connect before either reads its default: were the default shared, one would see the other's.
        $bothConnected = [System.Threading.Barrier]::new(2)

        $seen = $stores | ForEach-Object -ThrottleLimit 2 -Parallel {
            Import-Module $using:module
            $store = $_
            $inheritedDefault = Get-WooStore
            $key = $store.Keys.read_write
            Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (ConvertTo-SecureString $key.secret -AsPlainText -Force) -WarningAction SilentlyContinue
            if (-not ($using:bothConnected).SignalAndWait([TimeSpan]::FromSeconds(60))) { throw 'The other runspace never connected.' }
            [pscustomobject]@{
                Inherited = $inheritedDefault
                Url       = (Get-WooStore).StoreUrl
                Count     = @(Get-WooProduct).Count
            }
        }

        $seen.Inherited | Should -BeNullOrEmpty
        $ordered = $seen | Sort-Object -Property Count
        $ordered | ForEach-Object Url | Should -Be $storeA.HttpUrl, $storeB.HttpUrl
        $ordered | ForEach-Object Count | Should -Be 3, 7
        Get-WooStore | Should -Be $mine
    }

    It 'refuses a session that was disconnected, saying so' {
        $a = Connect-Test $storeA
        Disconnect-WooStore -Session $a

        { Get-WooProduct -Session $a } | Should -Throw -ErrorId 'Woo.woops_session_closed,WooPS.Commands.GetWooProductCommand'
    }

    It 'shares one session into parallel runspaces with -Session $using:' {
        $a = Connect-Test $storeA

        $counts = 1..3 | ForEach-Object -ThrottleLimit 3 -Parallel {
            Import-Module $using:env:WOOPS_MODULE
            @(Get-WooProduct -Session $using:a).Count
        }

        $counts | Should -Be 3, 3, 3
    }

    It 'lists the runspace''s open sessions with -All, the default marked, no secret shown' {
        Get-WooStore -All | Disconnect-WooStore
        $a = Connect-Test $storeA
        $b = Connect-Test $storeB
        $c = Connect-Test $storeA
        Disconnect-WooStore -Session $c

        $all = @(Get-WooStore -All)

        $all.StoreUrl | Should -Be $storeA.HttpUrl, $storeB.HttpUrl
        $all.IsDefault | Should -Be $false, $false
        Connect-WooStore -Url $storeA.HttpUrl -ConsumerKey $storeA.Keys.read.key -ConsumerSecret (New-TestSecret -Plain $storeA.Keys.read.secret) -WarningAction SilentlyContinue
        $all = @(Get-WooStore -All)
        $all.Count | Should -Be 3
        @($all | Where-Object IsDefault).KeyEnding | Should -Be (Get-WooStore).KeyEnding
        @(Get-WooProduct -Session $all[1]).Count | Should -Be 7
        $shown = ($all | Out-String -Width 300) + ($all | Format-List * | Out-String -Width 300)
        $shown | Should -Match '\*\s+http'
        foreach ($store in $storeA, $storeB) { foreach ($key in $store.Keys.PSObject.Properties.Value) { $shown | Should -Not -Match $key.secret.Substring(3) } }
        Get-WooStore -All | Disconnect-WooStore
        @(Get-WooStore -All).Count | Should -Be 0
    }
}
