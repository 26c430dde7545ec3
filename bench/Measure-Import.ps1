#Requires -Version 7.2
<#
.SYNOPSIS
    Benchmarks what importing WooPS adds to starting PowerShell: whole processes, with and without the import.

.DESCRIPTION
    Times, with a Stopwatch around each whole process (the same pwsh as this one), -Runs rounds of, in an order that
    alternates from round to round:

      pwsh -NoProfile -c '1'                                   the baseline
      pwsh -NoProfile -c 'Import-Module <trivial binary>'      a one-cmdlet binary module compiled here (Add-Type)
      pwsh -NoProfile -c 'Import-Module <trivial manifest>'    the same module imported through a manifest of its own
      pwsh -NoProfile -c 'Import-Module <WooPS, no views>'     a copy of the built module without FormatsToProcess
      pwsh -NoProfile -c 'Import-Module <built WooPS>'         out/WooPS (or $env:WOOPS_MODULE)

    after one untimed warm-up round, and prints the medians and what each adds to the baseline, with the goal
    (WooPS under 100 ms added) and what any binary module, and any binary module with a manifest (as every published
    module has), costs in this PowerShell. This prints numbers; it is not a test.

.PARAMETER Runs
    The number of timed rounds.

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Import -Runs 21
#>
[CmdletBinding()]
param([ValidateRange(1, 1000)][int]$Runs = 15)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ProgressPreference = 'SilentlyContinue'

Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1') -Force
Set-BenchOutput
$inv = [System.Globalization.CultureInfo]::InvariantCulture

$module = $env:WOOPS_MODULE
if ([string]::IsNullOrWhiteSpace($module)) { $module = Join-Path (Split-Path -Parent $PSScriptRoot) 'out/WooPS/WooPS.psd1' }
if (-not (Test-Path -LiteralPath $module -PathType Leaf)) { throw "Not found: $module. Run ./build.ps1 -Task Build first." }
$version = (Import-PowerShellDataFile -LiteralPath $module).ModuleVersion

$work = Join-Path ([System.IO.Path]::GetTempPath()) "woops-import-bench-$([guid]::NewGuid().ToString('n'))"
$null = New-Item -ItemType Directory -Path $work
try {
    # Any binary module's cost in this PowerShell: one empty cmdlet, no views, no dependencies.
    $trivial = Join-Path $work 'Trivial.dll'
    Add-Type -OutputAssembly $trivial -OutputType Library -TypeDefinition @'
using System.Management.Automation;
[Cmdlet(VerbsCommon.Get, "Trivial")]
public sealed class GetTrivialCommand : PSCmdlet { }
'@
    # The same module through a manifest: what PowerShell spends on any manifest (it runs it, then imports the DLL).
    $trivialManifest = Join-Path $work 'Trivial.psd1'
    Set-Content -LiteralPath $trivialManifest -Value "@{ RootModule = 'Trivial.dll'; ModuleVersion = '1.0.0'; CmdletsToExport = 'Get-Trivial'; FunctionsToExport = @(); VariablesToExport = @(); AliasesToExport = @() }"
    # WooPS without its views: what the format file adds.
    $noViews = Join-Path $work 'WooPS'
    Copy-Item -LiteralPath (Split-Path -Parent $module) -Destination $noViews -Recurse
    $noViewsManifest = Join-Path $noViews 'WooPS.psd1'
    (Get-Content -LiteralPath $noViewsManifest -Raw) -replace "FormatsToProcess\s*=\s*@\([^)]*\)", 'FormatsToProcess = @()' |
        Set-Content -LiteralPath $noViewsManifest

    $contenders = [ordered]@{
        'pwsh -c 1 (baseline)'   = '1'
        'trivial binary module'  = "Import-Module '$trivial'"
        'trivial, with manifest' = "Import-Module '$trivialManifest'"
        'WooPS without views'    = "Import-Module '$noViewsManifest'"
        'WooPS'                  = "Import-Module '$module'"
    }

    # The same PowerShell as ours: as a dotnet tool it is 'dotnet <PSHOME>/pwsh.dll'.
    $processPath = [Environment]::ProcessPath
    [string[]]$prefix = if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet') { @(Join-Path $PSHOME 'pwsh.dll') } else { @() }

    # Wall-clock time of the whole process, and the CPU time the process reports as its command ends: on a machine
    # that is busy with other work the CPU time varies less.
    function Measure-Process([string]$Command) {
        $psi = [System.Diagnostics.ProcessStartInfo]::new($processPath)
        $reportCpu = '[Console]::Out.Write([Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString([cultureinfo]::InvariantCulture))'
        foreach ($a in $prefix + @('-NoProfile', '-NonInteractive', '-Command', "$Command; $reportCpu")) { $psi.ArgumentList.Add($a) }
        $psi.UseShellExecute = $false
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $p = [System.Diagnostics.Process]::Start($psi)
        $out = $p.StandardOutput.ReadToEndAsync()
        $err = $p.StandardError.ReadToEndAsync()
        $p.WaitForExit()
        $clock.Stop()
        $code = $p.ExitCode
        $p.Dispose()
        if ($code -ne 0 -or $err.Result) { throw "pwsh -c `"$Command`" failed (exit code $code): $($err.Result)" }
        [pscustomobject]@{ Wall = $clock.Elapsed.TotalMilliseconds; Cpu = [double]::Parse(($out.Result -split '\r?\n')[-1], $inv) }
    }

    $names = @($contenders.Keys)
    $times = @{}
    foreach ($n in $names) { $times[$n] = [System.Collections.Generic.List[object]]::new() }
    foreach ($n in $names) { $null = Measure-Process $contenders[$n] }   # warm-up: disk cache, first-run files
    for ($round = 0; $round -lt $Runs; $round++) {
        # Alternate the order, so no contender always runs right after the same one.
        $order = if ($round % 2) { $names[($names.Count - 1)..0] } else { $names }
        foreach ($n in $order) { $times[$n].Add((Measure-Process $contenders[$n])) }
    }

    Write-Host '# WooPS import benchmark'
    Write-Host ''
    Write-Host ("WooPS {0} | PowerShell {1} | .NET {2} | {3} CPUs | {4:yyyy-MM-dd HH:mm} UTC" -f $version, $PSVersionTable.PSVersion,
        [Environment]::Version, [Environment]::ProcessorCount, [DateTime]::UtcNow)
    Write-Host ("Whole processes (pwsh -NoProfile -NonInteractive -c ...), medians of {0} alternating round(s) after 1 warm-up round" -f $Runs)
    Write-Host ''
    Write-Host '| process | wall clock | added | CPU time | added |'
    Write-Host '|---|---|---|---|---|'
    $baseline = Get-Median $times[$names[0]].Wall
    $baselineCpu = Get-Median $times[$names[0]].Cpu
    $added = @{}
    foreach ($n in $names) {
        $median = Get-Median $times[$n].Wall
        $cpu = Get-Median $times[$n].Cpu
        $added[$n] = $median - $baseline
        $first = $n -eq $names[0]
        Write-Host ('| {0} | {1} ms | {2} | {3} ms | {4} |' -f $n, $median.ToString('0', $inv),
            $(if ($first) { '' } else { '{0} ms' -f $added[$n].ToString('+0;-0', $inv) }),
            $cpu.ToString('0', $inv), $(if ($first) { '' } else { '{0} ms' -f ($cpu - $baselineCpu).ToString('+0;-0', $inv) }))
    }
    Write-Host ''
    Write-Host ('- wall clock: any binary module (the trivial one) {0} ms, through a manifest {1} ms; WooPS on top of that: {2} ms, of which its views {3} ms' -f
        $added['trivial binary module'].ToString('+0;-0', $inv),
        $added['trivial, with manifest'].ToString('+0;-0', $inv),
        ($added['WooPS'] - $added['trivial, with manifest']).ToString('+0;-0', $inv),
        ($added['WooPS'] - $added['WooPS without views']).ToString('+0;-0', $inv))
    $met = if ($added['WooPS'] -lt 100) { 'met' } else { 'not met' }
    Write-Host ('- goal: WooPS under 100 ms added: now {0} ms ({1})' -f $added['WooPS'].ToString('0', $inv), $met)
}
finally {
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}
