#Requires -Version 7.2
# Connect-WooStore, Get-WooStore and Disconnect-WooStore as a user drives them.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 5
    $script:rw = $store.Keys.read_write
    $script:secret = New-TestSecret -Plain $rw.secret
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Connect-WooStore' {
    AfterEach { Disconnect-WooStore }

    It 'connects over https with Basic and shows url, method, version and the key''s last 7 characters' {
        $session = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.key -ConsumerSecret $secret -SkipCertificateCheck -PassThru -WarningAction SilentlyContinue

        $session.StoreUrl | Should -Be $store.HttpsUrl
        $session.AuthMethod | Should -Be 'Basic'
        $session.ApiVersion | Should -Be 'wc/v3'
        $session.KeyEnding | Should -Be ('…' + $rw.key.Substring(36))
        ($session | Format-Table | Out-String) | Should -Match 'StoreUrl\s+AuthMethod\s+ApiVersion\s+Key'
    }

    It 'connects over plain http with OAuth 1.0a and warns that the traffic is readable' {
        $session = Connect-WooStore -Url $store.HttpUrl -ConsumerKey $rw.key -ConsumerSecret $secret -PassThru -WarningVariable warnings -WarningAction SilentlyContinue

        $session.AuthMethod | Should -Be 'OAuth1'
        $warnings | Should -Match 'plain http'
    }

    It 'takes a PSCredential: user name = key, password = secret' {
        $credential = [pscredential]::new($rw.key, $secret)

        $session = Connect-WooStore $store.HttpUrl -Credential $credential -PassThru -WarningAction SilentlyContinue

        $session.AuthMethod | Should -Be 'OAuth1'
    }

    It 'reads WOO_STORE_URL, WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET when given no key' {
        $saved = $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET
        try {
            $env:WOO_STORE_URL = $store.HttpUrl
            $env:WOO_CONSUMER_KEY = " $($rw.key) "
            $env:WOO_CONSUMER_SECRET = $rw.secret

            $session = Connect-WooStore -PassThru -WarningAction SilentlyContinue

            $session.StoreUrl | Should -Be $store.HttpUrl
        }
        finally {
            $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET = $saved
        }
    }

    It 'accepts the address with a trailing slash or a pasted /wp-json/ path' -ForEach @(
        @{ Suffix = '/' }
        @{ Suffix = '/wp-json/wc/v3/products?per_page=5' }
    ) {
        $session = Connect-WooStore -Url ($store.HttpUrl + $Suffix) -ConsumerKey $rw.key -ConsumerSecret $secret -PassThru -WarningAction SilentlyContinue

        $session.StoreUrl | Should -Be $store.HttpUrl
    }

    It 'makes the session the runspace''s default; Get-WooStore shows it; Disconnect-WooStore forgets it' {
        Connect-WooStore -Url $store.HttpUrl -ConsumerKey $rw.key -ConsumerSecret $secret -WarningAction SilentlyContinue | Should -BeNullOrEmpty

        (Get-WooStore).StoreUrl | Should -Be $store.HttpUrl
        @(Get-WooProduct).Count | Should -Be 5

        Disconnect-WooStore
        Get-WooStore | Should -BeNullOrEmpty
        { Get-WooProduct -ErrorAction Stop } | Should -Throw -ErrorId 'Woo.woops_no_session,WooPS.Commands.GetWooProductCommand'
    }

    It 'says when the key and secret are swapped, before sending anything' {
        $swapped = New-TestSecret -Plain $rw.key

        { Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.secret -ConsumerSecret $swapped -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*swapped*' -ErrorId 'Woo.woops_malformed_key,WooPS.Commands.ConnectWooStoreCommand'
    }

    It 'names a wrong secret, as an authentication error, with what to do' {
        $wrong = New-TestSecret -Plain ('cs_' + ('0' * 40))

        $failure = { Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.key -ConsumerSecret $wrong -SkipCertificateCheck -WarningAction SilentlyContinue } |
            Should -Throw -ErrorId 'Woo.woops_wrong_secret,WooPS.Commands.ConnectWooStoreCommand' -PassThru

        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.ErrorDetails.RecommendedAction | Should -Match 'Paste the secret'
        Get-WooStore | Should -BeNullOrEmpty
    }

    It 'names an unknown key' {
        $unknownSecret = New-TestSecret -Plain ('cs_' + ('2' * 40))

        { Connect-WooStore -Url $store.HttpUrl -ConsumerKey ('ck_' + ('1' * 40)) -ConsumerSecret $unknownSecret -WarningAction SilentlyContinue } |
            Should -Throw -ErrorId 'Woo.woops_unknown_key,WooPS.Commands.ConnectWooStoreCommand'
    }

    It 'refuses Basic over plain http' {
        { Connect-WooStore -Url $store.HttpUrl -ConsumerKey $rw.key -ConsumerSecret $secret -AuthMethod Basic -WarningAction SilentlyContinue } |
            Should -Throw -ErrorId 'Woo.woops_insecure_auth,WooPS.Commands.ConnectWooStoreCommand'
    }

    It 'names an untrusted certificate and points to -SkipCertificateCheck for test stores' {
        $failure = { Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.key -ConsumerSecret $secret } |
            Should -Throw -ErrorId 'Woo.woops_certificate_untrusted,WooPS.Commands.ConnectWooStoreCommand' -PassThru

        $failure.CategoryInfo.Category | Should -Be 'ConnectionError'
        $failure.ErrorDetails.RecommendedAction | Should -Match 'SkipCertificateCheck'
    }

    It 'names an unreachable store' {
        $dead = New-DeadAddress
        try {
            { Connect-WooStore -Url $dead.Url -ConsumerKey $rw.key -ConsumerSecret $secret -TimeoutSec 5 -WarningAction SilentlyContinue } |
                Should -Throw -ErrorId 'Woo.woops_store_unreachable,WooPS.Commands.ConnectWooStoreCommand'
        }
        finally { $dead.Socket.Dispose() }
    }

    It 'warns that -SkipCertificateCheck is for test stores' {
        Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.key -ConsumerSecret $secret -SkipCertificateCheck -WarningVariable warnings -WarningAction SilentlyContinue

        $warnings | Should -Match 'test stores only'
    }

    It 'with -SkipValidation sends nothing and settles Auto on first use' {
        $session = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.key -ConsumerSecret $secret -SkipCertificateCheck -SkipValidation -PassThru -WarningAction SilentlyContinue
        $session.AuthMethod | Should -Be 'Auto'

        $null = Get-WooProduct -First 1

        $session.AuthMethod | Should -Be 'Basic'
    }
}

Describe 'Auto on broken hosts' {
    It 'falls back to OAuth signed for https on a host that strips the Authorization header' {
        $broken = Start-WooFakeStore -Products 3 -StripAuthorization
        try {
            $key = $broken.Keys.read_write
            $session = Connect-WooStore -Url $broken.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -PassThru -WarningAction SilentlyContinue -Verbose 4>&1 |
                Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }

            $session.AuthMethod | Should -Be 'OAuth1'
            @(Get-WooProduct -Session $session).Count | Should -Be 3
        }
        finally { Stop-WooFakeStore -Store $broken }
    }

    It 'signs for the http form of the address behind a TLS-terminating proxy' {
        $proxied = Start-WooFakeStore -Products 3 -TlsProxy
        try {
            $key = $proxied.Keys.read_write
            $session = Connect-WooStore -Url $proxied.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -PassThru -WarningAction SilentlyContinue

            $session.AuthMethod | Should -Be 'OAuth1 (signed for http)'
            @(Get-WooProduct -Session $session).Count | Should -Be 3
        }
        finally { Stop-WooFakeStore -Store $proxied }
    }
}
