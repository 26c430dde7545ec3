#Requires -Version 7.2
# The package (tools/New-WooPSPackage.ps1, as build.ps1 -Task Package makes it) installs with Install-PSResource and
# then works as an installed module does: imported by name, and found by ForEach-Object -Parallel and thread jobs.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $repoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
    Import-Module (Join-Path $repoRoot 'tools/PwshSandbox.psm1') -Force
    $script:work = Join-Path ([System.IO.Path]::GetTempPath()) "woops-package-test-$([guid]::NewGuid().ToString('n'))"
    $script:package = & (Join-Path $repoRoot 'tools/New-WooPSPackage.ps1') -ModulePath (Split-Path -Parent $env:WOOPS_MODULE) -OutputPath (Join-Path $work 'package')
    $script:sandbox = New-PwshSandbox -Path (Join-Path $work 'home')
    $script:installed = Get-PwshSandboxModulePath -Sandbox $sandbox
    $script:install = Invoke-PwshSandbox -Sandbox $sandbox -ArgumentList $package.Repository -Script @'
param($Repository)
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name WooPSTest -Uri $Repository
Install-PSResource -Name WooPS -Repository WooPSTest -TrustRepository -Scope CurrentUser
'@
    $script:store = Start-WooFakeStore -Products 3
}

AfterAll {
    Stop-WooFakeStore -Store $store
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Package' {
    It 'is a versioned module folder and a .nupkg, without pdbs' {
        $version = (Import-PowerShellDataFile -LiteralPath $env:WOOPS_MODULE).ModuleVersion
        $package.Version | Should -Be $version
        Split-Path -Leaf $package.ModuleFolder | Should -Be $version
        Join-Path $package.ModuleFolder 'WooPS.psd1' | Should -Exist
        Join-Path $package.ModuleFolder 'LICENSE' | Should -Exist
        Split-Path -Leaf $package.Package | Should -Be "WooPS.$version.nupkg"
        @(Get-ChildItem -LiteralPath $package.ModuleFolder -Recurse -Filter '*.pdb') | Should -BeNullOrEmpty
        $zip = [System.IO.Compression.ZipFile]::OpenRead($package.Package)
        try {
            $entries = @($zip.Entries.FullName)
            $entries | Should -Contain 'WooPS.dll'
            $entries | Should -Contain 'lib/WooPS.Core.dll'
            $entries | Should -Contain 'examples/Sync-Stock.ps1'   # the job scripts travel with the module
            @($entries | Where-Object { $_ -like '*.pdb' }) | Should -BeNullOrEmpty
        }
        finally { $zip.Dispose() }
    }

    It 'installs with Install-PSResource from the local repository' {
        $install.ExitCode | Should -Be 0 -Because ($install.Output -join "`n")
        Join-Path $installed "WooPS/$($package.Version)/WooPS.psd1" | Should -Exist
    }

    It 'imports by name and runs Get-WooProduct in ForEach-Object -Parallel and in a thread job' {
        $key = $store.Keys.read_write
        $run = Invoke-PwshSandbox -Sandbox $sandbox -Environment @{
            WOO_STORE_URL       = $store.HttpUrl
            WOO_CONSUMER_KEY    = $key.key
            WOO_CONSUMER_SECRET = $key.secret   # environment only: never on a command line
        } -Script @'
$ErrorActionPreference = 'Stop'
Import-Module WooPS
Connect-WooStore -WarningAction SilentlyContinue
$ids = @((Get-WooProduct).id)
$parallel = @($ids | ForEach-Object -Parallel {
        Connect-WooStore -WarningAction SilentlyContinue
        (Get-WooProduct -Id $_).id
    })
$job = Start-ThreadJob { Connect-WooStore -WarningAction SilentlyContinue; @(Get-WooProduct).Count }
[pscustomobject]@{
    ModuleBase = (Get-Module WooPS).ModuleBase
    Ids        = $ids
    Parallel   = $parallel
    ThreadJob  = Receive-Job -Job $job -Wait -AutoRemoveJob -ErrorAction Stop
} | ConvertTo-Json -Compress
'@
        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        $result = $run.Output[-1] | ConvertFrom-Json
        $result.ModuleBase | Should -BeLike "$installed*"
        $result.Ids | Should -HaveCount 3
        @($result.Parallel | Sort-Object) | Should -Be @($result.Ids | Sort-Object)
        $result.ThreadJob | Should -Be 3
    }
}
