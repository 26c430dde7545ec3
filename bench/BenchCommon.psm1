# What the benchmarks share: their output, their -DelayMs, what they run against, and how they print numbers.

$inv = [System.Globalization.CultureInfo]::InvariantCulture

function Set-BenchOutput {
    <# .SYNOPSIS Plain text (no ANSI colour) when the output is read by something other than a person: a pipe, CI, NO_COLOR. #>
    $plain = [Console]::IsOutputRedirected -or -not [string]::IsNullOrEmpty($env:NO_COLOR) -or
        (-not [string]::IsNullOrEmpty($env:CI) -and $env:CI -notin @('0', 'false', 'False'))
    if ($plain) { $PSStyle.OutputRendering = 'PlainText' }
}

function ConvertTo-BenchNumber {
    <#
    .SYNOPSIS
        Whole numbers from a list parameter (-DelayMs 0,150; -Fixed 1,2,4). [string[]] rather than [int[]]: through
        'pwsh -File' (build.ps1 -Task Bench, bash) "0,150" arrives as one word, which [int] would read as 150 (the
        comma taken for a thousands separator).
    #>
    param([string]$Name, [string[]]$Value, [int]$Least, [int]$Most, [string]$What)
    $numbers = [System.Collections.Generic.List[int]]::new()
    foreach ($part in $Value | ForEach-Object { $_ -split ',' }) {
        $t = $part.Trim()
        if ($t -eq '') { continue }
        $v = 0
        if (-not [int]::TryParse($t, [System.Globalization.NumberStyles]::None, $inv, [ref]$v) -or $v -lt $Least -or $v -gt $Most) {
            throw "-${Name}: '$t' is not $What (a whole number from $Least to $Most)."
        }
        $numbers.Add($v)
    }
    if ($numbers.Count -eq 0) { throw "-${Name}: none given." }
    , $numbers.ToArray()
}

function ConvertTo-BenchDelay {
    <# .SYNOPSIS The delays of -DelayMs, in ms. #>
    param([string[]]$DelayMs)
    ConvertTo-BenchNumber -Name DelayMs -Value $DelayMs -Least 0 -Most 600000 -What 'a delay in milliseconds'
}

function Import-BenchTarget {
    <#
    .SYNOPSIS
        Imports the built module ($env:WOOPS_MODULE, else out/WooPS) and the test helpers that start the fake store
        ($env:WOOPS_FAKESTORE, else out/FakeStore), for the calling script; returns the module.
    #>
    $repoRoot = Split-Path -Parent $PSScriptRoot
    if ([string]::IsNullOrWhiteSpace($env:WOOPS_MODULE)) { $env:WOOPS_MODULE = Join-Path $repoRoot 'out/WooPS/WooPS.psd1' }
    if ([string]::IsNullOrWhiteSpace($env:WOOPS_FAKESTORE)) { $env:WOOPS_FAKESTORE = Join-Path $repoRoot 'out/FakeStore/WooPS.FakeStore.dll' }
    foreach ($f in $env:WOOPS_MODULE, $env:WOOPS_FAKESTORE) {
        if (-not (Test-Path -LiteralPath $f -PathType Leaf)) { throw "Not found: $f. Run ./build.ps1 -Task Build first." }
    }
    Import-Module (Join-Path $repoRoot 'tests/pester/TestHelpers.psm1') -Force -Global   # Start-WooFakeStore / Stop-WooFakeStore
    Import-Module $env:WOOPS_MODULE -Force -Global -PassThru
}

function Get-Median([double[]]$Values) {
    $s = @($Values | Sort-Object)
    $m = [int][Math]::Floor($s.Count / 2)
    if ($s.Count % 2) { $s[$m] } else { ($s[$m - 1] + $s[$m]) / 2 }
}

function Format-Seconds([double]$Seconds) { $Seconds.ToString('0.000', $inv) }

function Format-Ratio([double]$Ratio) { $Ratio.ToString('0.00', $inv) }

function Write-Goal([string]$Text, [double]$Value, [double]$Goal, [switch]$AtMost) {
    $met = if ($AtMost) { $Value -le $Goal } else { $Value -ge $Goal }
    $sign = if ($AtMost) { '<=' } else { '>=' }
    Write-Host ("- {0} {1} {2}: now {3} ({4})" -f $Text, $sign, (Format-Ratio $Goal), (Format-Ratio $Value), $(if ($met) { 'met' } else { 'not met' }))
}

Export-ModuleMember -Function Set-BenchOutput, ConvertTo-BenchNumber, ConvertTo-BenchDelay, Import-BenchTarget, Get-Median, Format-Seconds, Format-Ratio, Write-Goal
