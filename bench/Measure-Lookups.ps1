#Requires -Version 7.2
<#
.SYNOPSIS
    Benchmarks getting products named in the pipeline: piped ids and SKUs against -Include and one request per id.

.DESCRIPTION
    For each per-request delay L in -DelayMs, starts a fake store (out/FakeStore) with -Products products and a delay of
    L ms on every request, picks -Ids of them (spread over the catalogue, in a shuffled order) and times, with a
    Stopwatch, after one untimed warm-up run each:

      Piped ids    $ids | Get-WooProduct           (collected, 100 to a request, MaxConcurrency requests at once)
      Piped SKUs   $skus | Get-WooProduct          (the same through sku=)
      -Include     Get-WooProduct -Include $ids    (one listing: what a user who knows WooCommerce's filters writes)
      One by one   $ids | ForEach-Object { Get-WooProduct -Id $_ }   (one request per id: what piping cost before)

    Each must return the -Ids products, in every run, or the benchmark stops with an error. Prints a markdown table of
    the medians of -Runs runs and the requests the store saw for one run of each, and how piped ids compare with the
    goal at L = 150 ms (printed for the reader, not asserted). This prints numbers; it is not a test.

.PARAMETER Products
    The number of products in the store.

.PARAMETER Ids
    How many products to get.

.PARAMETER DelayMs
    The per-request delays L to measure, in milliseconds (also as one comma-separated word, "0,150").

.PARAMETER Runs
    The number of timed runs per L and per contender (after one warm-up run each).

.PARAMETER MaxConcurrency
    Passed to Connect-WooStore -MaxConcurrency.

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Lookups -Ids 250 -DelayMs 150
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 100000)][int]$Products = 1000,
    [ValidateRange(1, 100000)][int]$Ids = 60,
    [ValidateNotNullOrEmpty()][string[]]$DelayMs = @('0', '150'),
    [ValidateRange(1, 1000)][int]$Runs = 3,
    [ValidateRange(1, 16)][int]$MaxConcurrency = 4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ProgressPreference = 'SilentlyContinue'

Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1') -Force
Set-BenchOutput
$inv = [System.Globalization.CultureInfo]::InvariantCulture
if ($Ids -gt $Products) { throw "-Ids ($Ids) cannot be more than -Products ($Products)." }
$delays = ConvertTo-BenchDelay $DelayMs

$module = Import-BenchTarget

Write-Host '# WooPS lookup benchmark'
Write-Host ''
Write-Host ("WooPS {0} | PowerShell {1} | .NET {2} | {3} CPUs | {4:yyyy-MM-dd HH:mm} UTC" -f $module.Version, $PSVersionTable.PSVersion,
    [Environment]::Version, [Environment]::ProcessorCount, [DateTime]::UtcNow)
Write-Host ("{0} of {1} products; L = {2} ms; medians of {3} run(s) after 1 warm-up run each; MaxConcurrency = {4}" -f
    $Ids, $Products, ($delays -join ', '), $Runs, $MaxConcurrency)

foreach ($delay in $delays) {
    $store = $null
    $session = $null
    try {
        $store = Start-WooFakeStore -Products $Products -DelayMs $delay -TimeoutSeconds 300
        $kv = $store.Keys.read_write
        $session = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $kv.key -ConsumerSecret (ConvertTo-SecureString $kv.secret -AsPlainText -Force) `
            -SkipCertificateCheck -MaxConcurrency $MaxConcurrency -PassThru -WarningAction SilentlyContinue
        $catalogue = @(Get-WooProduct -Session $session -Property id, sku)
        $random = [Random]::new($Ids)
        $chosen = @($catalogue | Sort-Object { $random.Next() } | Select-Object -First $Ids)
        # Not $ids: PowerShell's names ignore case, and -Ids is an [int].
        $chosenIds = @($chosen.id)
        $chosenSkus = @($chosen.sku)

        $contenders = [ordered]@{
            'Piped ids'  = { $chosenIds | Get-WooProduct -Session $session }
            'Piped SKUs' = { $chosenSkus | Get-WooProduct -Session $session }
            '-Include'   = { Get-WooProduct -Session $session -Include $chosenIds }
            'One by one' = { $chosenIds | ForEach-Object { Get-WooProduct -Session $session -Id $_ } }
        }

        Write-Host ''
        Write-Host "## L = $delay ms"
        Write-Host ''
        Write-Host '| contender | median (s) | requests | runs (s) |'
        Write-Host '|---|---:|---:|---|'
        $medians = @{}
        foreach ($name in $contenders.Keys) {
            $times = [System.Collections.Generic.List[double]]::new()
            $requests = 0
            for ($r = 0; $r -le $Runs; $r++) {
                $before = @(Get-WooFakeStoreRequest -Store $store).Count
                $sw = [System.Diagnostics.Stopwatch]::StartNew()
                $found = @(& $contenders[$name])
                $sw.Stop()
                if ($found.Count -ne $Ids) { throw "${name}: got $($found.Count) products, asked for $Ids." }
                if ($r -eq 0) { $requests = @(Get-WooFakeStoreRequest -Store $store).Count - $before; continue }
                $times.Add($sw.Elapsed.TotalSeconds)
            }
            $medians[$name] = Get-Median $times.ToArray()
            Write-Host ('| {0} | {1} | {2} | {3} |' -f $name, (Format-Seconds $medians[$name]), $requests, (($times | ForEach-Object { Format-Seconds $_ }) -join ', '))
        }

        Write-Host ''
        $goal = 1.0
        $met = if ($medians['Piped ids'] -lt $goal) { 'met' } else { 'not met' }
        $label = if ($delay -eq 150) { 'Goal at L = 150 ms' } else { "Goal set for 60 ids at L = 150 ms, shown for $Ids ids at L = $delay ms" }
        Write-Host ("{0} (for the reader, not asserted): piped ids under {1} s: now {2} ({3}); one by one / piped ids = {4}" -f
            $label, $goal.ToString('0.0', $inv), (Format-Seconds $medians['Piped ids']), $met,
            ($medians['One by one'] / $medians['Piped ids']).ToString('0.0', $inv))
    }
    finally {
        if ($session) { Disconnect-WooStore -Session $session }
        if ($store) { Stop-WooFakeStore -Store $store }
    }
}
