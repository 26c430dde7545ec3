#Requires -Version 7.2
<#
.SYNOPSIS
    Benchmarks the session's adaptive limit on requests in flight against fixed settings, on three kinds of store
    made by the fake store: a small host, a store far away, and a store with a rate limit.

.DESCRIPTION
    For each profile in -StoreProfile, starts a fake store (out/FakeStore) with -Products products:

      SmallHost    -Workers PHP workers on 2 CPUs with a queue of 4 (-OverflowStatus past it: 503, or 429 with
                   Retry-After as some shared hosts answer): throughput rises to about 2 to
                   3 requests at once, then falls (see SmallHostProfile in the fake store)
      FarStore     -FarDelayMs on every request, as many PHP workers as requests
      RateLimited  -RateDelayMs on every request, and 429 with Retry-After past -RateLimit requests a second

    and, for each contender (Connect-WooStore -MaxConcurrency N -FixedConcurrency for N in -Fixed, and the
    adaptive limit with the default bound), times with a Stopwatch two workloads in a fresh session each (the
    Connect is not timed):

      Listing      Get-WooProduct, every product (pages of 100)
      Updates      -Rows rows of sku and stock_quantity piped into Set-WooProduct (SKUs looked up 100 to a
                   request, batches of 100); each run writes new values

    One untimed warm-up round, then -Runs rounds, with the contenders in a different order each round. Every run
    must list every product and apply every row; a run that does not, or a row that fails, is counted as failed
    and shown. Prints per profile and workload the median of each contender, the answers the store refused for
    overload (429 or 503) per run, the adaptive limit's path over time in one run as a text plot, and how the
    adaptive limit compares with the goals. This prints numbers; it is not a test.

.PARAMETER StoreProfile
    Which store profiles to run: SmallHost, FarStore, RateLimited (all three unless given).

.PARAMETER Fixed
    The fixed settings to compare with (MaxConcurrency with -FixedConcurrency).

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Concurrency

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Concurrency -StoreProfile SmallHost -Runs 1
#>
[CmdletBinding()]
param(
    # [string[]]: through 'pwsh -File' a list arrives as one word, "SmallHost,FarStore" (see BenchCommon.psm1).
    [string[]]$StoreProfile = @('SmallHost', 'FarStore', 'RateLimited'),
    [ValidateRange(100, 100000)][int]$Products = 10000,
    [ValidateRange(1, 10000)][int]$Rows = 1000,
    [ValidateRange(1, 100)][int]$Runs = 3,
    [string[]]$Fixed = @('1', '2', '3', '4', '8', '16'),
    [ValidateRange(1, 64)][int]$Workers = 8,
    [ValidateSet(503, 429)][int]$OverflowStatus = 503,
    [ValidateRange(1, 10000)][int]$FarDelayMs = 150,
    [ValidateRange(0, 10000)][int]$RateDelayMs = 20,
    [ValidateRange(1, 10000)][int]$RateLimit = 25
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ProgressPreference = 'SilentlyContinue'

Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1') -Force
Set-BenchOutput
$inv = [System.Globalization.CultureInfo]::InvariantCulture
$module = Import-BenchTarget
$StoreProfile = @($StoreProfile | ForEach-Object { $_ -split ',' } | Where-Object { $_ })
foreach ($p in $StoreProfile) { if ($p -notin 'SmallHost', 'FarStore', 'RateLimited') { throw "-StoreProfile: '$p' is none of SmallHost, FarStore, RateLimited." } }
[int[]]$Fixed = ConvertTo-BenchNumber -Name Fixed -Value $Fixed -Least 1 -Most 32 -What 'a MaxConcurrency'
$today = 4   # the fixed MaxConcurrency every session had before the adaptive limit
$adaptive = 'adaptive'
$contenders = @($Fixed | ForEach-Object { "$_" }) + $adaptive

$profiles = @{
    SmallHost   = @{ Workers = $Workers; Cpus = 2; Queue = 4; OverflowStatus = $OverflowStatus }
    FarStore    = @{ DelayMs = $FarDelayMs }
    RateLimited = @{ DelayMs = $RateDelayMs; RateLimit = $RateLimit }
}
$describe = @{
    SmallHost   = "small host: $Workers PHP workers on 2 CPUs, a queue of 4, $(if ($OverflowStatus -eq 429) { '429 with Retry-After' } else { '503' }) past it"
    FarStore    = "far store: $FarDelayMs ms a request, as many workers as requests"
    RateLimited = "rate-limited store: $RateDelayMs ms a request, 429 and Retry-After past $RateLimit requests a second"
}

function Connect-Contender($Store, [string]$Contender) {
    $key = $Store.Keys.read_write
    $secret = ConvertTo-SecureString $key.secret -AsPlainText -Force
    $bound = if ($Contender -eq $adaptive) { @{} } else { @{ MaxConcurrency = [int]$Contender; FixedConcurrency = $true } }
    Connect-WooStore -Url $Store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret $secret -SkipCertificateCheck -PassThru -WarningAction SilentlyContinue @bound
}

function Get-Statuses($Store) { @((Invoke-RestMethod -Uri "$($Store.HttpUrl)/__fakestore/requests" -TimeoutSec 60).statuses) }

function Invoke-Timed([scriptblock]$Work) {
    <#
    Runs $Work (which writes its output and verbose records) and returns the seconds, the items, the errors and the
    limit's path: (seconds since the start, old limit, new limit) for every "Requests at once: a → b" line, as it came.
    #>
    $path = [System.Collections.Generic.List[object]]::new()
    $items = 0
    $errors = [System.Collections.Generic.List[object]]::new()
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    & $Work 4>&1 2>&1 | ForEach-Object {
        if ($_ -is [System.Management.Automation.VerboseRecord]) {
            if ($_.Message -match '^Requests at once: (\d+) → (\d+)') { $path.Add(@($clock.Elapsed.TotalSeconds, [int]$Matches[1], [int]$Matches[2])) }
        }
        elseif ($_ -is [System.Management.Automation.ErrorRecord]) { $errors.Add($_) }
        else { $items++ }
    }
    $clock.Stop()
    [pscustomobject]@{ Seconds = $clock.Elapsed.TotalSeconds; Items = $items; Errors = $errors; Path = $path }
}

function Format-LimitPlot([object[]]$Path, [int]$Start, [double]$Seconds, [int]$Width = 60) {
    <# The limit over the run: one column per 1/$Width of the run, one row per limit value reached. #>
    $limits = [int[]]::new($Width)
    for ($c = 0; $c -lt $Width; $c++) {
        $t = ($c + 0.5) * $Seconds / $Width
        $now = $Start
        foreach ($step in $Path) { if ($step[0] -le $t) { $now = $step[2] } }
        $limits[$c] = $now
    }
    $top = ($limits + $Start | Measure-Object -Maximum).Maximum
    $lines = for ($row = $top; $row -ge 1; $row--) {
        $cells = -join ($limits | ForEach-Object { if ($_ -ge $row) { '#' } else { ' ' } })
        '{0,4} |{1}' -f $row, $cells
    }
    $lines
    '     +' + ('-' * $Width)
    '      0 s' + (' ' * ($Width - 12)) + ('{0} s' -f (Format-Seconds $Seconds))
    if ($Path.Count) {
        '      changes: ' + (($Path | ForEach-Object { '{0} at {1} s' -f $_[2], $_[0].ToString('0.00', $inv) }) -join ', ')
    }
}

Write-Host "# Concurrency: adaptive limit against fixed settings"
Write-Host ""
Write-Host "$Products products; $Rows updates by SKU; medians of $Runs runs after one warm-up round; WooPS $($module.Version)."
Write-Host ""

foreach ($name in $StoreProfile) {
    $shape = $profiles[$name]
    $store = Start-WooFakeStore -Products $Products @shape
    try {
        # The rows: simple products' SKUs (a variable product has no stock of its own), read once, untimed.
        $reader = Connect-Contender $store '16'
        $skus = @(Get-WooProduct -Session $reader -Property sku, type | Where-Object type -EQ 'simple' | Select-Object -First $Rows -ExpandProperty sku)
        Disconnect-WooStore -Session $reader
        if ($skus.Count -lt $Rows) { throw "The store has only $($skus.Count) simple products for $Rows rows." }
        $stock = 1000

        $results = @{}
        foreach ($c in $contenders) { $results[$c] = @{ Listing = [System.Collections.Generic.List[object]]::new(); Updates = [System.Collections.Generic.List[object]]::new() } }

        for ($round = 0; $round -le $Runs; $round++) {
            # A different order each round: no contender always runs after the same one.
            $order = @(for ($i = 0; $i -lt $contenders.Count; $i++) { $contenders[($i + $round) % $contenders.Count] })
            foreach ($c in $order) {
                foreach ($workload in 'Listing', 'Updates') {
                    # A rate limit counts the last second: no run inherits the requests of the one before.
                    if ($name -eq 'RateLimited') { Start-Sleep -Milliseconds 1100 }
                    $session = Connect-Contender $store $c
                    $before = (Get-Statuses $store).Count
                    if ($workload -eq 'Listing') {
                        $run = Invoke-Timed { Get-WooProduct -Session $session -Verbose }
                        $expected = $Products
                    }
                    else {
                        $stock++
                        $feed = @($skus | ForEach-Object { [pscustomobject]@{ sku = $_; stock_quantity = $stock; manage_stock = 'true' } })
                        $run = Invoke-Timed { $feed | Set-WooProduct -Session $session -PassThru -Verbose }
                        $expected = $Rows
                    }
                    $statuses = @(Get-Statuses $store | Select-Object -Skip $before)
                    $run | Add-Member -NotePropertyName Refused -NotePropertyValue @($statuses | Where-Object { $_ -in 429, 503 }).Count
                    $run | Add-Member -NotePropertyName Failed -NotePropertyValue ($run.Errors.Count + [Math]::Max(0, $expected - $run.Items - $run.Errors.Count))
                    $run | Add-Member -NotePropertyName FinalLimit -NotePropertyValue $session.ConcurrencyLimit
                    Disconnect-WooStore -Session $session
                    if ($round -gt 0) { $results[$c][$workload].Add($run) }
                }
            }
        }

        Write-Host "## $($describe[$name])"
        foreach ($workload in 'Listing', 'Updates') {
            $what = if ($workload -eq 'Listing') { "Get-WooProduct, $Products products" } else { "$Rows rows | Set-WooProduct (by SKU)" }
            Write-Host ""
            Write-Host "### $what"
            Write-Host ""
            Write-Host '| MaxConcurrency | median s | runs s | refused (429/503) per run | failed rows or items | limit at the end |'
            Write-Host '|---|---:|---|---|---:|---|'
            $median = @{}
            foreach ($c in $contenders) {
                $runsOf = $results[$c][$workload]
                $median[$c] = Get-Median ($runsOf | ForEach-Object Seconds)
                $label = if ($c -eq $adaptive) { 'adaptive (bound 16)' } else { "$c fixed" }
                Write-Host ('| {0} | {1} | {2} | {3} | {4} | {5} |' -f $label, (Format-Seconds $median[$c]),
                    (($runsOf | ForEach-Object { Format-Seconds $_.Seconds }) -join ', '),
                    (($runsOf | ForEach-Object Refused) -join ', '),
                    (($runsOf | Measure-Object Failed -Sum).Sum),
                    (($runsOf | ForEach-Object FinalLimit) -join ', '))
            }
            $best = $Fixed | Sort-Object { $median["$_"] } | Select-Object -First 1
            $bestFailed = ($results["$best"][$workload] | Measure-Object Failed -Sum).Sum
            $adaptiveFailed = ($results[$adaptive][$workload] | Measure-Object Failed -Sum).Sum
            Write-Host ""
            Write-Host "Best fixed setting: $best ($(Format-Seconds $median["$best"]) s)."
            Write-Goal "adaptive / best fixed" ($median[$adaptive] / $median["$best"]) 1.10 -AtMost
            if ($name -eq 'FarStore' -and $Fixed -contains $today) {
                Write-Goal "today's default ($today fixed) / adaptive" ($median["$today"] / $median[$adaptive]) 1.5
            }
            Write-Host ("- failed rows or items: adaptive {0}, best fixed {1} ({2})" -f $adaptiveFailed, $bestFailed, $(if ($adaptiveFailed -le $bestFailed) { 'met' } else { 'not met' }))

            $sample = $results[$adaptive][$workload] | Sort-Object Seconds | Select-Object -Index ([Math]::Floor($Runs / 2))
            Write-Host ""
            Write-Host "The adaptive limit in the median run (requests at once over time):"
            Write-Host '```'
            Format-LimitPlot -Path $sample.Path -Start $(if ($sample.Path.Count) { $sample.Path[0][1] } else { $sample.FinalLimit }) -Seconds $sample.Seconds | ForEach-Object { Write-Host $_ }
            Write-Host '```'
        }
        Write-Host ""
    }
    finally {
        Stop-WooFakeStore -Store $store
    }
}
