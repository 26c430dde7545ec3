#Requires -Version 7.2
<#
.SYNOPSIS
    Runs the Pester suites (tests/pester/*.Tests.ps1) and writes a JSON summary for build.ps1 -Task Test.

.DESCRIPTION
    build.ps1 -Task Test starts this in a child pwsh, with WOOPS_MODULE and WOOPS_FAKESTORE set, and reads
    -ResultFile afterwards: { Result, Total, Passed, Failed, FailedTests, Skipped, NotRun, FailedContainers,
    FailedBlocks }. Failed counts failed tests, tests not run, test files that failed to load and BeforeAll/AfterAll
    failures not already counted through a failed test. Kills, loudly, any child process a test left running.
    (Its name does not end in .Tests.ps1, so Pester does not take it for a test file.)

.EXAMPLE
    dotnet pwsh -File tests/pester/Invoke-PesterSuite.ps1 -PesterManifest ~/.nuget/packages/pester/5.7.1/tools/Pester.psd1 -TestPath tests/pester -ResultFile out/TestResults/pester-result.json
#>
param(
    [Parameter(Mandatory)][string]$PesterManifest,
    [Parameter(Mandatory)][string]$TestPath,
    [Parameter(Mandatory)][string]$ResultFile,
    [switch]$Plain
)
# No Set-StrictMode / $ErrorActionPreference here: the tests run with PowerShell's defaults.
if ($Plain) { $PSStyle.OutputRendering = 'PlainText' }
Import-Module -Name $PesterManifest -Force -ErrorAction Stop
$config = New-PesterConfiguration
$config.Run.Path = $TestPath
$config.Run.PassThru = $true
$config.Run.Exit = $false
$config.Run.Throw = $false
$config.Output.Verbosity = 'Detailed'
if ($Plain) { $config.Output.RenderMode = 'Plaintext' }
$config.Output.StackTraceVerbosity = 'Filtered'
$result = $null
try {
    $result = Invoke-Pester -Configuration $config
}
finally {
    # Processes a test started and never stopped (e.g. a fake store without Stop-WooFakeStore) would keep the
    # CI job's pipes open: kill our own leftover children, loudly.
    foreach ($p in @(Get-Process | Where-Object { try { $_.Parent -and $_.Parent.Id -eq $PID } catch { $false } })) {
        Write-Host "!! Pester: killing leaked child process $($p.Id) ($($p.ProcessName)) - a test did not stop it."
        try { $p.Kill($true); [void]$p.WaitForExit(10000) } catch { }
    }
}

if ($null -eq $result) { Write-Host '!! Invoke-Pester returned no result object.'; exit 2 }

function Get-NestedFailedTestCount($block) {
    $n = @($block.Tests | Where-Object { $_.Result -eq 'Failed' }).Count
    foreach ($b in @($block.Blocks)) { $n += Get-NestedFailedTestCount $b }
    $n
}

$failedContainers = @($result.Containers | Where-Object { $_.Result -eq 'Failed' -and @($_.ErrorRecord).Count -gt 0 })
# A BeforeAll failure already fails the tests under it; an AfterAll failure (tests passed) is counted once more.
$failedBlocksOnly = @($result.FailedBlocks | Where-Object { (Get-NestedFailedTestCount $_) -eq 0 })
$failed = $result.FailedCount + $result.NotRunCount + $failedContainers.Count + $failedBlocksOnly.Count
if ($result.Result -eq 'Failed' -and $failed -eq 0) { $failed = 1 }
[ordered]@{
    Result           = [string]$result.Result
    Total            = $result.TotalCount
    Passed           = $result.PassedCount
    Failed           = $failed
    FailedTests      = $result.FailedCount
    Skipped          = $result.SkippedCount + $result.InconclusiveCount
    NotRun           = $result.NotRunCount
    FailedContainers = @($failedContainers | ForEach-Object { [string]$_.Item })
    FailedBlocks     = @($failedBlocksOnly | ForEach-Object { $_.Path -join ' > ' })
} | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $ResultFile -Encoding utf8
