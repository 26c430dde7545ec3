#Requires -Version 7.2
# The consumer secret appears in no output of Connect-WooStore: no stream, view, serialisation, error or transcript.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 3
    $script:rw = $store.Keys.read_write
    $script:dead = New-DeadAddress

    # Everything a user, a log or a transcript could see of $Value, flattened to text.
    function ConvertTo-VisibleText($Value) {
        $text = foreach ($item in @($Value)) {
            if ($null -eq $item) { continue }
            $item | Out-String -Width 500
            $item | Format-List * -Force | Out-String -Width 500
            "$item"
            if ($item -is [System.Management.Automation.ErrorRecord]) {
                $exception = $item.Exception
                while ($exception) {
                    $exception | Format-List * -Force | Out-String -Width 500
                    $exception.ToString()
                    $exception = $exception.InnerException
                }
                $item.ErrorDetails | Format-List * -Force | Out-String -Width 500
                $item.InvocationInfo.Line
            }
            else {
                try { $item | ConvertTo-Json -Depth 4 -WarningAction SilentlyContinue } catch { }
                $path = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.xml')
                $item | Export-Clixml -Path $path -Depth 5
                Get-Content -Raw -Path $path
            }
        }
        $text -join "`n"
    }

    function Assert-NoSecret([string]$Text, [string]$Secret) {
        $Text | Should -Not -BeNullOrEmpty
        $Text | Should -Not -Match ([regex]::Escape($Secret.Substring(3)))
    }
}

AfterAll {
    $dead.Socket.Dispose()
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'The secret stays secret' {
    BeforeEach { $DebugPreference = 'Continue' }
    It 'in every stream, view and serialisation of a successful connect with -AuthMethod <Method> over <Scheme>' -ForEach @(
        @{ Method = 'Auto'; Scheme = 'https' }
        @{ Method = 'QueryString'; Scheme = 'https' }
        @{ Method = 'OAuth1'; Scheme = 'http' }
    ) {
        $url = if ($Scheme -eq 'https') { $store.HttpsUrl } else { $store.HttpUrl }
        $transcript = Join-Path $TestDrive "connect-$Method.txt"
        Start-Transcript -Path $transcript -UseMinimalHeader | Out-Null
        try {
            $everything = Connect-WooStore -Url $url -ConsumerKey $rw.key -ConsumerSecret (New-TestSecret -Plain $rw.secret) -AuthMethod $Method `
                -SkipCertificateCheck -PassThru -Verbose *>&1
            $everything | Out-Host
            $session = Get-WooStore
            $session | Format-List * | Out-Host
        }
        finally { Stop-Transcript | Out-Null }

        @($everything | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -BeGreaterThan 0
        Assert-NoSecret -Text (ConvertTo-VisibleText $everything) -Secret $rw.secret
        Assert-NoSecret -Text (ConvertTo-VisibleText $session) -Secret $rw.secret
        Assert-NoSecret -Text (Get-Content -Raw $transcript) -Secret $rw.secret
    }

    It 'in the error of a failed connect: <Case>' -ForEach @(
        @{ Case = 'wrong secret over https'; Url = 'https'; Key = 'good'; Secret = 'wrong' }
        @{ Case = 'wrong secret over http'; Url = 'http'; Key = 'good'; Secret = 'wrong' }
        @{ Case = 'unknown key'; Url = 'https'; Key = 'unknown'; Secret = 'good' }
        @{ Case = 'swapped key and secret'; Url = 'https'; Key = 'swapped'; Secret = 'swapped' }
        @{ Case = 'malformed secret'; Url = 'https'; Key = 'good'; Secret = 'malformed' }
        @{ Case = 'unreachable store'; Url = 'dead'; Key = 'good'; Secret = 'good' }
    ) {
        $address = @{ https = $store.HttpsUrl; http = $store.HttpUrl; dead = $dead.Url }[$Url]
        $keyText = @{ good = $rw.key; unknown = 'ck_' + ('1' * 40); swapped = $rw.secret }[$Key]
        $secretText = @{ good = $rw.secret; wrong = 'cs_' + ('0' * 40); swapped = $rw.key; malformed = $rw.secret + ' x' }[$Secret]
        $hidden = if ($Secret -eq 'wrong') { 'cs_' + ('0' * 40) } elseif ($Key -eq 'swapped') { $rw.secret } else { $rw.secret }

        $everything = try {
            Connect-WooStore -Url $address -ConsumerKey $keyText -ConsumerSecret (New-TestSecret -Plain $secretText) -SkipCertificateCheck -TimeoutSec 5 -Verbose -ErrorAction Stop *>&1
        }
        catch { $_ }

        @($everything | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -BeGreaterThan 0
        Assert-NoSecret -Text (ConvertTo-VisibleText $everything) -Secret $hidden
        Assert-NoSecret -Text (ConvertTo-VisibleText $Error[0]) -Secret $hidden
    }

    It 'is not repeated from a REST URL pasted with consumer_secret in it, in any message, target or verbose line' {
        # PowerShell itself keeps what was typed in each record's InvocationInfo.BoundParameters; WooPS must
        # not add copies of its own: messages, targets, hints and verbose lines show the address without its query.
        $address = "$($dead.Url)/wp-json/wc/v3/products?consumer_key=$($rw.key)&consumer_secret=$($rw.secret)"

        $everything = try {
            Connect-WooStore -Url $address -ConsumerKey $rw.key -ConsumerSecret (New-TestSecret -Plain $rw.secret) -Verbose -ErrorAction Stop *>&1
        }
        catch { $_ }

        $failure = @($everything | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })[0]
        $failure.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_store_unreachable,*'
        $texts = @(
            $everything | ForEach-Object { "$_" }
            "$($failure.TargetObject)"
            $failure.ErrorDetails.Message
            $failure.ErrorDetails.RecommendedAction
            $failure.Exception.ToString()
        ) -join "`n"
        Assert-NoSecret -Text $texts -Secret $rw.secret
    }
}
