#Requires -Version 7.2
# Test-WooKey as an operator and a monitoring job use it.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 3
    $script:keys = $store.Keys
    function Test-Key($Key, [string]$Url = $store.HttpUrl, [hashtable]$More = @{}) {
        Test-WooKey -Url $Url -ConsumerKey $Key.key -ConsumerSecret (New-TestSecret -Plain $Key.secret) @More
    }
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Test-WooKey' {
    It 'reports a read_write key as valid ReadWrite, as a checklist' {
        $result = Test-Key $keys.read_write

        $result.PSObject.TypeNames[0] | Should -Be 'WooPS.KeyTestResult'
        $result.Valid | Should -BeTrue
        $result.Permission | Should -Be 'ReadWrite'
        $result.AuthMethod | Should -Be 'OAuth1'
        $view = $result | Out-String -Width 200
        $view | Should -Match '\[ OK \] Key format'
        $view | Should -Match '\[ OK \] Write permission'
        $view | Should -Match '\[WARN\] Encryption'
        $view | Should -Match 'Valid\s+True\s+Permission ReadWrite'
    }

    It 'reports Read, Write and ReadWrite for the three kinds of key' {
        (Test-Key $keys.read).Permission | Should -Be 'Read'
        (Test-Key $keys.write).Permission | Should -Be 'Write'
        (Test-Key $keys.read_write).Permission | Should -Be 'ReadWrite'
    }

    It 'answers -Quiet with $true or $false, and -Permission asks for at least that much' {
        Test-Key $keys.read -More @{ Quiet = $true } | Should -BeTrue
        Test-Key $keys.read -More @{ Quiet = $true; Permission = 'Read' } | Should -BeTrue
        Test-Key $keys.read -More @{ Quiet = $true; Permission = 'ReadWrite' } | Should -BeFalse
        Test-Key $keys.write -More @{ Quiet = $true; Permission = 'Write' } | Should -BeTrue
        $wrong = @{ key = $keys.read_write.key; secret = 'cs_' + ('0' * 40) }
        Test-Key $wrong -More @{ Quiet = $true } | Should -BeFalse
    }

    It 'makes a failing check fail, with what to do, when the permission is required' {
        $result = Test-Key $keys.read -More @{ Permission = 'ReadWrite' }

        $write = $result.Checks | Where-Object Name -eq 'Write permission'
        $write.Result | Should -Be 'Fail'
        $write.Hint | Should -Match 'Read/Write'
        ($result | Out-String -Width 200) | Should -Match '\[FAIL\] Write permission'
    }

    It 'reports a wrong secret as a finding, not as an error, and shows no secret' {
        $wrong = @{ key = $keys.read_write.key; secret = 'cs_' + ('0' * 40) }

        $everything = Test-Key $wrong -More @{ Verbose = $true } *>&1

        @($everything | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }) | Should -BeNullOrEmpty
        $result = $everything | Where-Object { $_.PSObject.TypeNames -contains 'WooPS.KeyTestResult' }
        $result.Valid | Should -BeFalse
        $result.Permission | Should -Be 'None'
        ($result.Checks | Where-Object Name -eq 'Credentials').Message | Should -Match 'secret is wrong'
        ($everything | Out-String -Width 300) + ($result | Format-List * | Out-String) | Should -Not -Match ('0' * 40)
        ($everything | Out-String -Width 300) | Should -Not -Match $keys.read_write.secret.Substring(3)
    }

    It 'names a key pasted with a space around it' {
        $pasted = @{ key = " $($keys.read_write.key) "; secret = $keys.read_write.secret }

        $result = Test-Key $pasted

        ($result.Checks | Where-Object Name -eq 'Key format').Message | Should -Match 'white space'
    }

    It 'takes -Credential, the WOO_* environment, the default session and a piped session' {
        (Test-WooKey -Url $store.HttpUrl -Credential ([pscredential]::new($keys.read.key, (New-TestSecret -Plain $keys.read.secret)))).Permission | Should -Be 'Read'

        $saved = $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET
        try {
            $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET = $store.HttpUrl, $keys.write.key, $keys.write.secret
            (Test-WooKey).Permission | Should -Be 'Write'

            # A connected session wins over WOO_*: the bare call tests what the next cmdlet would use.
            $session = Connect-WooStore -Url $store.HttpUrl -ConsumerKey $keys.read.key -ConsumerSecret (New-TestSecret -Plain $keys.read.secret) -PassThru -WarningAction SilentlyContinue
            (Test-WooKey).Permission | Should -Be 'Read'
            ($session | Test-WooKey).Permission | Should -Be 'Read'
        }
        finally { $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET = $saved; Disconnect-WooStore }
    }

    It 'tests the session with its own -SkipCertificateCheck, not the WOO_* key, and never contradicts itself' {
        $saved = $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET
        try {
            $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET = $store.HttpsUrl, $keys.write.key, $keys.write.secret
            $untrusted = Test-WooKey
            $untrusted.Valid | Should -BeFalse
            ($untrusted.Checks | Where-Object Name -eq 'Store reachable').Result | Should -Be 'Fail'
            ($untrusted.Checks | Where-Object Name -eq 'Encryption').Result | Should -Be 'Fail'
            ($untrusted | Out-String) | Should -Not -Match 'a certificate this machine trusts'

            Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $keys.read.key -ConsumerSecret (New-TestSecret -Plain $keys.read.secret) -SkipCertificateCheck -WarningAction SilentlyContinue
            $result = Test-WooKey
            $result.Valid | Should -BeTrue
            $result.Permission | Should -Be 'Read'
            ($result.Checks | Where-Object Name -eq 'Encryption').Message | Should -Match 'not checked'
        }
        finally { $env:WOO_STORE_URL, $env:WOO_CONSUMER_KEY, $env:WOO_CONSUMER_SECRET = $saved; Disconnect-WooStore }
    }

    It 'says why -Quiet answered $false on the warning stream, which a job''s log shows' {
        $wrong = @{ key = $keys.read_write.key; secret = 'cs_' + ('0' * 40) }
        $both = Test-Key $wrong -More @{ Quiet = $true } 3>&1
        $both | Where-Object { $_ -is [bool] } | Should -BeFalse
        "$($both | Where-Object { $_ -is [System.Management.Automation.WarningRecord] })" | Should -Match 'Credentials failed: .*secret is wrong'
        Test-Key $keys.read -More @{ Quiet = $true } 3>&1 | Should -BeExactly $true

        $job = Start-Job -ScriptBlock {
            Import-Module $using:env:WOOPS_MODULE
            Test-WooKey -Url $using:store.HttpUrl -ConsumerKey $using:wrong.key -ConsumerSecret (ConvertTo-SecureString $using:wrong.secret -AsPlainText -Force) -Quiet *>&1 | Out-String -Width 300
        }
        $log = $job | Receive-Job -Wait -AutoRemoveJob
        "$log" | Should -Match 'Credentials failed: .*secret is wrong'
        "$log" | Should -Match 'False'
        "$log" | Should -Not -Match $keys.read_write.secret.Substring(3)
    }

    It 'wraps the checklist between words at 80 columns when written to a log' {
        $log = Join-Path $TestDrive 'key.log'
        $script = "Import-Module '$env:WOOPS_MODULE'; Test-WooKey -Url '$($store.HttpsUrl)' -ConsumerKey '$($keys.read.key)' -ConsumerSecret (ConvertTo-SecureString '$($keys.read.secret)' -AsPlainText -Force)"
        & (Get-DotnetHostPath) pwsh -NoProfile -Command $script > $log

        $lines = Get-Content -LiteralPath $log
        $lines | Should -Contain ($lines | Where-Object { $_ -match '^\[FAIL\] Store reachable' })
        $lines | ForEach-Object { $_.Length | Should -BeLessThan 80 }
        $text = ($lines | ForEach-Object Trim) -join ' '
        $text | Should -Match 'UntrustedRoot'
        $text | Should -Match 'A test store may skip the certificate check; a real shop never should\.'
    }

    It 'writes an error only when there is nothing to test' {
        $saved = $env:WOO_STORE_URL
        try {
            $env:WOO_STORE_URL = $null
            { Test-WooKey -ErrorAction Stop } | Should -Throw -ErrorId 'Woo.woops_invalid_url,WooPS.Commands.TestWooKeyCommand'
            { Test-WooKey -Url $store.HttpUrl -ErrorAction Stop } | Should -Throw -ErrorId 'Woo.woops_missing_key,WooPS.Commands.TestWooKeyCommand'
        }
        finally { $env:WOO_STORE_URL = $saved }
    }

    It 'names Plain permalinks, with what to change, in the checklist' {
        $plain = Start-WooFakeStore -Products 1 -PlainPermalinks
        try {
            $result = Test-Key $plain.Keys.read_write -Url $plain.HttpUrl

            $result.Valid | Should -BeFalse
            $view = $result | Out-String -Width 400
            $view | Should -Match '(?s)\[FAIL\] WordPress REST API\s+.*Plain permalinks'
            $view | Should -Match '-> In WordPress, Settings → Permalinks'
            $view | Should -Match '\[ -- \] Credentials'
        }
        finally { Stop-WooFakeStore -Store $plain }
    }

    It 'names a TLS-terminating proxy' {
        $proxied = Start-WooFakeStore -Products 1 -TlsProxy
        try {
            $result = Test-Key $proxied.Keys.read_write -Url $proxied.HttpsUrl -More @{ SkipCertificateCheck = $true; WarningAction = 'SilentlyContinue' }

            $result.Valid | Should -BeTrue
            ($result.Checks | Where-Object Name -eq 'Credentials').Message | Should -Match 'TLS-terminating proxy'
        }
        finally { Stop-WooFakeStore -Store $proxied }
    }
}
