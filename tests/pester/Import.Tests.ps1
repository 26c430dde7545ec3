#Requires -Version 7.2
# Importing WooPS touches no network: not the store the environment names for jobs, and no socket at all.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:store = Start-WooFakeStore -Products 1
}

AfterAll {
    Stop-WooFakeStore -Store $store
}

Describe 'Import-Module WooPS' {
    It 'sends no request to the store in WOO_STORE_URL and opens no socket' {
        $key = $store.Keys.read_write
        $env:WOO_STORE_URL = $store.HttpUrl
        $env:WOO_CONSUMER_KEY = $key.key
        $env:WOO_CONSUMER_SECRET = $key.secret
        try {
            # A fresh process: its sockets are counted before and after the import (Linux: /proc/self/fd).
            $script = {
                param($module)
                $ErrorActionPreference = 'Stop'
                function Get-SocketCount { @(Get-ChildItem /proc/self/fd -ErrorAction SilentlyContinue | Where-Object { "$($_.Target)" -like 'socket:*' }).Count }
                $before = Get-SocketCount
                Import-Module $module
                $null = Get-Command -Module WooPS
                [pscustomobject]@{ Before = $before; After = Get-SocketCount } | ConvertTo-Json -Compress
            }
            $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes("& { $script } -module '$env:WOOPS_MODULE'"))
            $output = & (Get-DotnetHostPath) pwsh -NoProfile -NonInteractive -EncodedCommand $encoded 2>&1
        }
        finally {
            Remove-Item Env:WOO_STORE_URL, Env:WOO_CONSUMER_KEY, Env:WOO_CONSUMER_SECRET
        }

        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $sockets = ($output | Select-Object -Last 1) | ConvertFrom-Json
        $sockets.After | Should -Be $sockets.Before
        @(Get-WooFakeStoreRequest -Store $store) | Should -BeNullOrEmpty
    }
}
