#Requires -Version 7.2
# Tests of the test harness itself: the fake store can be started, answers over http and https, and is stopped.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Test harness: fake store' {
    BeforeAll {
        $script:store = Start-WooFakeStore -Products 3
    }
    AfterAll {
        Stop-WooFakeStore -Store $script:store
    }

    It 'prints http and https URLs on 127.0.0.1 and three key pairs' {
        $store.HttpUrl | Should -Match '^http://127\.0\.0\.1:\d+$'
        $store.HttpsUrl | Should -Match '^https://127\.0\.0\.1:\d+$'
        foreach ($k in 'read', 'write', 'read_write') {
            $store.Keys.$k.key | Should -Match '^ck_'
            $store.Keys.$k.secret | Should -Match '^cs_'
        }
    }

    It 'answers GET /wp-json/ over <Scheme> with the wc/v3 namespace' -ForEach @(
        @{ Scheme = 'http' }
        @{ Scheme = 'https' }
    ) {
        $url = if ($Scheme -eq 'https') { $store.HttpsUrl } else { $store.HttpUrl }
        $index = Invoke-RestMethod -Uri "$url/wp-json/" -SkipCertificateCheck -TimeoutSec 30
        $index.namespaces | Should -Contain 'wc/v3'
    }
}

Describe 'Test harness: Stop-WooFakeStore' {
    It 'leaves no store process behind' {
        $s = Start-WooFakeStore -Products 1
        $id = $s.Process.Id
        Stop-WooFakeStore -Store $s
        $s.Process.HasExited | Should -BeTrue
        Get-Process -Id $id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        { Stop-WooFakeStore -Store $s } | Should -Not -Throw
    }
}
