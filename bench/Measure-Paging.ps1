#Requires -Version 7.2
<#
.SYNOPSIS
    Benchmarks listing every product: Get-WooProduct against a hand-written Invoke-RestMethod loop, with the fake store.

.DESCRIPTION
    For each per-request delay L in -DelayMs, starts a fake store (out/FakeStore) with -Products N products and a delay
    of L ms on every request, then times, with a Stopwatch, after one untimed warm-up run each and then alternating:

      WooPS   $all = @(Get-WooProduct) over the https URL with the read_write key (Connect-WooStore -SkipCertificateCheck,
              -MaxConcurrency when the cmdlet has that parameter).
      Loop    what a script without WooPS does: Invoke-RestMethod for page 1 .. X-WP-TotalPages, one after another,
              per_page=100 (ordered by id, like WooPS), HTTP Basic over https, -SkipCertificateCheck, items collected
              into a List.

    Both must return exactly N items, in every run, or the benchmark stops with an error. Prints, per L, a markdown
    table of the medians of -Runs runs, the lower bound ceil(pages / MaxConcurrency) x L (pages = ceil(N / 100)),
    the raw time of every run, and how the medians compare with the goals (printed for the reader, not asserted).

    This prints numbers; it is not a test. The store keeps running across the runs of one L and is stopped at the end.
    The module and the store come from $env:WOOPS_MODULE / $env:WOOPS_FAKESTORE, or out/ next to this folder.

.PARAMETER Products
    N, the number of products in the store.

.PARAMETER DelayMs
    The per-request delays L to measure, in milliseconds: 0,150 (also as one comma-separated word, "0,150", which is
    how it arrives from bash through 'pwsh -File').

.PARAMETER Runs
    The number of timed runs per L and per contender (after one warm-up run each); the table shows their median.

.PARAMETER MaxConcurrency
    The paging concurrency passed to Connect-WooStore -MaxConcurrency (when it exists) and used for the lower bound.

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Products 1000 -DelayMs 0,50 -Runs 2
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 100000)][int]$Products = 10000,
    # [string[]] rather than [int[]]: through 'pwsh -File' (build.ps1 -Task Bench, bash) "0,150" arrives as one word,
    # which [int] would read as 150 (the comma taken for a thousands separator). Parsed below.
    [ValidateNotNullOrEmpty()][string[]]$DelayMs = @('0', '150'),
    [ValidateRange(1, 1000)][int]$Runs = 3,
    [ValidateRange(1, 64)][int]$MaxConcurrency = 4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ProgressPreference = 'SilentlyContinue'   # no progress bars from Invoke-RestMethod (they would only slow the loop)

Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1') -Force
Set-BenchOutput

$delays = ConvertTo-BenchDelay $DelayMs

# --- what to run against ------------------------------------------------------------------------------------------
$module = Import-BenchTarget

$hasMaxConcurrency = (Get-Command Connect-WooStore).Parameters.ContainsKey('MaxConcurrency')
$pageSize = 100
$pages = [int][Math]::Ceiling($Products / $pageSize)

# --- helpers ------------------------------------------------------------------------------------------------------

function Measure-WooPS($Session) {
    [GC]::Collect()
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    $all = @(Get-WooProduct -Session $Session)
    $sw.Stop()
    if ($all.Count -ne $Products) {
        throw "WooPS: Get-WooProduct returned $($all.Count) products; the store has $Products."
    }
    $sw.Elapsed.TotalSeconds
}

function Measure-Loop([string]$BaseUrl, [hashtable]$Headers) {
    [GC]::Collect()
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    # --- the sysadmin's loop ---
    $all = [System.Collections.Generic.List[object]]::new()
    $page = 1
    $totalPages = 1
    do {
        $uri = "$BaseUrl/wp-json/wc/v3/products?orderby=id&order=asc&per_page=$pageSize&page=$page"
        $items = Invoke-RestMethod -Uri $uri -Headers $Headers -SkipCertificateCheck -ResponseHeadersVariable answer
        foreach ($item in $items) { $all.Add($item) }
        if ($page -eq 1) { $totalPages = [int]@($answer['X-WP-TotalPages'])[0] }
        $page++
    } while ($page -le $totalPages)
    # ---
    $sw.Stop()
    if ($all.Count -ne $Products) {
        throw "Loop: Invoke-RestMethod over $totalPages pages returned $($all.Count) products; the store has $Products."
    }
    $sw.Elapsed.TotalSeconds
}

# --- header -------------------------------------------------------------------------------------------------------
Write-Host '# WooPS paging benchmark'
Write-Host ''
Write-Host ("WooPS {0} | PowerShell {1} | .NET {2} | {3} | {4} CPUs | {5:yyyy-MM-dd HH:mm} UTC" -f $module.Version,
    $PSVersionTable.PSVersion, [Environment]::Version, [System.Runtime.InteropServices.RuntimeInformation]::OSDescription,
    [Environment]::ProcessorCount, [DateTime]::UtcNow)
Write-Host ("N = {0} products, {1} pages of {2}; L = {3} ms; medians of {4} run(s) after 1 warm-up run each; MaxConcurrency = {5}" -f
    $Products, $pages, $pageSize, ($delays -join ', '), $Runs, $MaxConcurrency)
if ($hasMaxConcurrency) {
    Write-Host "Connect-WooStore -MaxConcurrency $MaxConcurrency is passed."
}
else {
    Write-Host ("NOTE: Connect-WooStore has no -MaxConcurrency parameter in this build: WooPS runs with its session " +
        "default; the lower bound assumes MaxConcurrency = $MaxConcurrency.")
}
Write-Host 'WooPS = @(Get-WooProduct); Loop = Invoke-RestMethod page 1..X-WP-TotalPages one after another, per_page=100, Basic auth over https.'
Write-Host 'Lower bound = ceil(pages / MaxConcurrency) x L: the store delay alone, with MaxConcurrency requests in flight.'

# --- one store per L ----------------------------------------------------------------------------------------------
foreach ($delay in $delays) {
    $store = $null
    $session = $null
    try {
        Write-Host ''
        Write-Host "## L = $delay ms"
        Write-Host ''
        $store = Start-WooFakeStore -Products $Products -DelayMs $delay -TimeoutSeconds 300
        $kv = $store.Keys.read_write

        $connect = @{
            Url                  = $store.HttpsUrl
            ConsumerKey          = $kv.key
            ConsumerSecret       = (ConvertTo-SecureString $kv.secret -AsPlainText -Force)
            SkipCertificateCheck = $true
            PassThru             = $true
            WarningAction        = 'SilentlyContinue'   # "-SkipCertificateCheck is for test stores only", once per L
        }
        if ($hasMaxConcurrency) { $connect['MaxConcurrency'] = $MaxConcurrency }
        $session = Connect-WooStore @connect
        $reported = @($session.PSObject.Properties | Where-Object { $_.Name -like '*Concurrency*' })

        $basic = [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes("$($kv.key):$($kv.secret)"))
        $headers = @{ Authorization = "Basic $basic" }

        $warm = [ordered]@{ WooPS = (Measure-WooPS $session); Loop = (Measure-Loop $store.HttpsUrl $headers) }
        $woo = [System.Collections.Generic.List[double]]::new()
        $loop = [System.Collections.Generic.List[double]]::new()
        for ($r = 1; $r -le $Runs; $r++) {
            # Alternating, so a drift of the machine (another build, a busy core) hits both alike.
            $woo.Add((Measure-WooPS $session))
            $loop.Add((Measure-Loop $store.HttpsUrl $headers))
        }

        $wooMedian = Get-Median $woo.ToArray()
        $loopMedian = Get-Median $loop.ToArray()
        $speedup = $loopMedian / $wooMedian
        $bound = [Math]::Ceiling($pages / $MaxConcurrency) * $delay / 1000.0
        $boundText = if ($delay -eq 0) { '-' } else { Format-Seconds $bound }
        $ratioText = if ($delay -eq 0) { '-' } else { Format-Ratio ($wooMedian / $bound) }
        $mcText = if ($hasMaxConcurrency) { "$MaxConcurrency" } else { "$MaxConcurrency (not passed)" }

        Write-Host '| N | L (ms) | pages | MaxConcurrency | WooPS (s) | Loop (s) | Lower bound (s) | WooPS / bound | Loop / WooPS |'
        Write-Host '|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
        Write-Host ('| {0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8} |' -f $Products, $delay, $pages, $mcText,
            (Format-Seconds $wooMedian), (Format-Seconds $loopMedian), $boundText, $ratioText, (Format-Ratio $speedup))
        Write-Host ''
        Write-Host ('Runs (s): WooPS {0}; Loop {1}. Warm-up (untimed in the median): WooPS {2}, Loop {3}.' -f
            (($woo | ForEach-Object { Format-Seconds $_ }) -join ', '), (($loop | ForEach-Object { Format-Seconds $_ }) -join ', '),
            (Format-Seconds $warm.WooPS), (Format-Seconds $warm.Loop))
        if ($reported) {
            Write-Host ('The session reports: {0}.' -f (($reported | ForEach-Object { "$($_.Name) = $($_.Value)" }) -join ', '))
        }

        Write-Host ''
        if ($delay -eq 0) {
            Write-Host 'Goal at L = 0 (for the reader, not asserted):'
            Write-Goal 'Loop / WooPS' $speedup 1.5
        }
        else {
            $label = if ($delay -eq 150) { 'Goals at L = 150 ms' } else { "Goals set for L = 150 ms, shown for L = $delay ms" }
            Write-Host "${label} (for the reader, not asserted):"
            Write-Goal 'WooPS / bound' ($wooMedian / $bound) 1.5 -AtMost
            Write-Goal 'Loop / WooPS' $speedup 3.5
        }
    }
    finally {
        if ($session) { try { Disconnect-WooStore -Session $session -ErrorAction SilentlyContinue } catch { } }
        if ($store) { Stop-WooFakeStore -Store $store }
    }
}
