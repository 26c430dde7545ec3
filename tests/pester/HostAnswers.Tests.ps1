#Requires -Version 7.2
# Answers that real hosts send, as a user meets them: data where WooPS can read it, and otherwise an error or warning
# that names the request and what to do, in PowerShell's words.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest

    # Connects to a store started with the given modes (without a first request, which the mode would spoil too),
    # runs $Action, and stops the store.
    function Invoke-AgainstStore([hashtable]$Modes, [scriptblock]$Action) {
        $store = Start-WooFakeStore -Products 25 @Modes
        try {
            $key = $store.Keys.read_write
            $session = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) `
                -SkipCertificateCheck -SkipValidation -PassThru -WarningAction SilentlyContinue
            & $Action $session
        }
        finally { Stop-WooFakeStore -Store $store }
    }
}

Describe 'Answers real hosts send' {
    It 'PHP output around the JSON: the products, and one warning for the session' {
        Invoke-AgainstStore @{ PhpNotice = $true } {
            param($session)
            $products = @(Get-WooProduct -Session $session -PageSize 10 -WarningVariable warnings -WarningAction SilentlyContinue)
            $null = Get-WooProduct -Session $session -Id $products[0].id -WarningVariable more -WarningAction SilentlyContinue

            $products.Count | Should -Be 25
            @(@($warnings) + @($more) | Where-Object { "$_" -like '*PHP output*' }) | Should -HaveCount 1 -Because 'it is told once for the session'
        }
    }

    It 'PHP output is told once, by the first command that meets it' {
        $store = Start-WooFakeStore -Products 5 -PhpNotice
        try {
            $key = $store.Keys.read_write
            $null = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -WarningVariable warnings -WarningAction SilentlyContinue
            $null = Get-WooProduct -WarningVariable later -WarningAction SilentlyContinue

            $told = @($warnings | Where-Object { "$_" -like '*PHP output*' })
            $told | Should -HaveCount 1
            "$($told[0])" | Should -BeLike '*"Warning: Undefined array key "sku" in /var/www/html/wp-content/plugins/sync-helper/sync-helper.php on line 42"*WP_DEBUG_DISPLAY*'
            @($later | Where-Object { "$_" -like '*PHP output*' }) | Should -HaveCount 0
        }
        finally {
            Disconnect-WooStore
            Stop-WooFakeStore -Store $store
        }
    }

    It 'a byte order mark before the JSON changes nothing' {
        Invoke-AgainstStore @{ Utf8Bom = $true } {
            param($session)
            @(Get-WooProduct -Session $session).Count | Should -Be 25
        }
    }

    It 'answers always cut short: an error that says so, with what to do, and nothing about permalinks' {
        Invoke-AgainstStore @{ CutShort = 1000; CutShortFatal = $true } {
            param($session)
            $failure = { Get-WooProduct -Session $session } | Should -Throw -ErrorId 'Woo.woops_answer_cut_short,WooPS.Commands.GetWooProductCommand' -PassThru

            $failure.CategoryInfo.Category | Should -Be 'InvalidResult'
            $failure.Exception.Message | Should -BeLike '*cut off*Fatal error: Allowed memory size*'
            $failure.ErrorDetails.RecommendedAction | Should -BeLike '*memory_limit*-PageSize*'
            "$($failure.Exception.Message) $($failure.ErrorDetails.RecommendedAction)" | Should -Not -BeLike '*ermalink*'
        }
    }

    It 'an item that is not an object: one error naming the request, and the rest of the listing' {
        Invoke-AgainstStore @{ NonObjectItem = $true } {
            param($session)
            $products = @(Get-WooProduct -Session $session -PageSize 10 -ErrorVariable failures -ErrorAction SilentlyContinue)

            $products.Count | Should -Be 22
            $failures.Count | Should -Be 3
            $failures[0].FullyQualifiedErrorId | Should -Be 'Woo.woops_unreadable_item,WooPS.Commands.GetWooProductCommand'
            $failures[0].Exception.Message | Should -BeLike '*GET https://127.0.0.1:*/wp-json/wc/v3/products?*item 2 is false, not an object*'
        }
    }

    It 'a name with half an emoji keeps its product' {
        Invoke-AgainstStore @{ LoneSurrogate = $true } {
            param($session)
            $products = @(Get-WooProduct -Session $session)

            $products.Count | Should -Be 25
            $products[1].name | Should -Be "Broken $([char]0xFFFD) Name"
        }
    }

    It 'paging headers that claim 100,000 pages: the listing ends at the first empty page, with a warning' {
        Invoke-AgainstStore @{ PagingHeaders = 'overstated' } {
            param($session)
            $products = @(Get-WooProduct -Session $session -PageSize 10 -WarningVariable warnings -WarningAction SilentlyContinue)

            $products.Count | Should -Be 25
            "$warnings" | Should -BeLike '*announced 1000000 products*sent 25*'
        }
    }
}

Describe 'Redirects, and advice in PowerShell''s words' {
    It 'a redirect to another address names the -Url to connect with' {
        $real = Start-WooFakeStore -Products 1
        $moved = Start-WooFakeStore -Products 1 -RedirectTo $real.HttpsUrl
        try {
            $key = $moved.Keys.read_write
            $failure = { Connect-WooStore -Url $moved.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -WarningAction SilentlyContinue } |
                Should -Throw -ErrorId 'Woo.woops_redirected,WooPS.Commands.ConnectWooStoreCommand' -PassThru

            $failure.ErrorDetails.RecommendedAction | Should -BeLike "Connect with -Url $($real.HttpsUrl):*"
        }
        finally {
            Stop-WooFakeStore -Store $moved
            Stop-WooFakeStore -Store $real
        }
    }

    It 'a redirect inside the store names the problem, and no -Url: <Redirect>' -ForEach @(
        @{ Redirect = 'trailing-slash'; Named = '*trailing slash*' }
        @{ Redirect = 'rest-route'; Named = '*Plain*' }
        @{ Redirect = 'login'; Named = '*login page*' }
    ) {
        $store = Start-WooFakeStore -Products 1 -RestRedirect $Redirect
        try {
            $key = $store.Keys.read_write
            $failure = { Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -WarningAction SilentlyContinue } |
                Should -Throw -ErrorId 'Woo.woops_redirected,WooPS.Commands.ConnectWooStoreCommand' -PassThru

            $failure.Exception.Message | Should -BeLike $Named
            $failure.ErrorDetails.RecommendedAction | Should -Not -BeLike '*-Url*'
            (Test-WooKey -Url $store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -WarningAction SilentlyContinue).Checks |
                Where-Object Name -eq 'Credentials' | ForEach-Object { $_.Message | Should -BeLike $Named }
        }
        finally { Stop-WooFakeStore -Store $store }
    }

    It 'a store too slow for -TimeoutSec is a timeout whose advice names -TimeoutSec' {
        $slow = Start-WooFakeStore -Products 1 -DelayMs 5000
        try {
            $key = $slow.Keys.read_write
            $failure = { Connect-WooStore -Url $slow.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -TimeoutSec 1 -WarningAction SilentlyContinue } |
                Should -Throw -ErrorId 'Woo.woops_timeout,WooPS.Commands.ConnectWooStoreCommand' -PassThru

            $failure.CategoryInfo.Category | Should -Be 'OperationTimeout'
            $failure.ErrorDetails.RecommendedAction | Should -BeLike '*-TimeoutSec*'
        }
        finally { Stop-WooFakeStore -Store $slow }
    }
}
