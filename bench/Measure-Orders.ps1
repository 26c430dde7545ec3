#Requires -Version 7.2
<#
.SYNOPSIS
    Benchmarks the order cmdlets: an export of every order with Get-WooOrder and status changes from a CSV with
    Set-WooOrder, each against a hand-written Invoke-RestMethod loop, with the fake store.

.DESCRIPTION
    For each per-request delay L in -DelayMs, starts a fake store (out/FakeStore) with a delay of L ms on every
    request, -Orders orders (their statuses by n mod 12: processing, completed, pending, completed, on-hold, ...) and
    enough customers and products for them, then times, with a Stopwatch, after one untimed warm-up run each and then
    alternating:

    1. Reading: every order exported to a CSV, with the same columns for each contender (id, number, status,
       date_created as yyyy-MM-ddTHH:mm:ss, total, currency, billing_email):
         WooPS         Get-WooOrder -Status any -Property id, number, status, date_created, total, currency, billing |
                       Select-Object <columns> | Export-Csv   (pages of 100, the first alone, then MaxConcurrency at once)
         WooPS, whole  the same without -Property (every field of every order comes over the wire), for comparison
         Loop          what a script without WooPS does: Invoke-RestMethod orders?per_page=100&page=N for page 1 ..
                       X-WP-TotalPages, one after another, HTTP Basic over https, -SkipCertificateCheck, the orders
                       collected, then the same Select-Object | Export-Csv.
       Every run's files must hold the -Orders orders, each once, and the same rows (sorted by id) for every contender,
       or the benchmark stops with an error.
    2. Status changes: -Changes orders that are processing or completed (the first by id) are picked; every run flips
       the status of the orders it writes (processing -> completed, completed -> processing), so every write really
       changes something: the fake store dates the change and adds the status note, as WooCommerce does.
         WooPS   Import-Csv rows.csv | Set-WooOrder             (columns id, status; batches of 100 to orders/batch,
                                                                 MaxConcurrency at once; the store's statuses are
                                                                 read once per session, in the warm-up run)
         Loop    Import-Csv rows.csv, then one Invoke-RestMethod -Method Put /orders/{id} with {"status": ...} per row,
                 one after another. Only the first -LoopRows rows are timed (500 rows at 150 ms are 75 s); its time is
                 extrapolated per row to -Changes rows, and the output says so. Its warm-up run is 20 rows.
       At the end the store is read again with Get-WooOrder and every order must hold the status the runs wrote (and
       the others the status they had), or the benchmark stops with an error, as it does when Set-WooOrder writes an
       error for any row.

    Prints, per L and part, a markdown table of the medians of -Runs runs, the requests the store saw for each
    contender by kind (from its request log), the lower bound ceil(requests / MaxConcurrency) x L and how the medians
    compare with the goals (printed for the reader, not asserted). This prints numbers; it is not a test. The module
    and the store come from $env:WOOPS_MODULE / $env:WOOPS_FAKESTORE, or out/ next to this folder.

.PARAMETER Orders
    The number of orders in the store, all of them exported in part 1.

.PARAMETER Changes
    Part 2: the number of status changes (rows of the CSV). At most the number of orders that are processing or
    completed (half of -Orders).

.PARAMETER LoopRows
    Part 2: how many of those rows the hand-written loop sends in a timed run; its time is extrapolated per row to
    -Changes. Give -LoopRows equal to -Changes to time the loop over every row.

.PARAMETER DelayMs
    The per-request delays L to measure, in milliseconds: 0,150 (also as one comma-separated word, "0,150", which is
    how it arrives from bash through 'pwsh -File').

.PARAMETER Runs
    The number of timed runs per L and per contender (after one warm-up run each); the tables show their median.

.PARAMETER MaxConcurrency
    Passed to Connect-WooStore -MaxConcurrency and used for the lower bound.

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Orders

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Orders -DelayMs 150 -LoopRows 500 -Runs 1
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 100000)][int]$Orders = 1000,
    [ValidateRange(1, 50000)][int]$Changes = 500,
    [ValidateRange(1, 50000)][int]$LoopRows = 100,
    # [string[]] rather than [int[]]: through 'pwsh -File' "0,150" arrives as one word (see Measure-Paging.ps1).
    [ValidateNotNullOrEmpty()][string[]]$DelayMs = @('0', '150'),
    [ValidateRange(1, 1000)][int]$Runs = 3,
    [ValidateRange(1, 16)][int]$MaxConcurrency = 4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ProgressPreference = 'SilentlyContinue'   # no progress bars from the cmdlets or Invoke-RestMethod

Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1') -Force
Set-BenchOutput

$inv = [System.Globalization.CultureInfo]::InvariantCulture

$delays = ConvertTo-BenchDelay $DelayMs
if ($LoopRows -gt $Changes) { throw "-LoopRows ($LoopRows) cannot be more than -Changes ($Changes)." }
# Orders n mod 12 = 1, 6 are processing and 2, 4, 7, 0 completed: half of them (rounded down, at worst).
if ($Changes -gt [Math]::Floor($Orders / 2)) { throw "-Changes ($Changes) cannot be more than half of -Orders ($Orders): the processing and completed orders." }

# --- what to run against ------------------------------------------------------------------------------------------
$module = Import-BenchTarget
foreach ($c in 'Get-WooOrder', 'Set-WooOrder') {
    if (-not (Get-Command $c -Module $module.Name -ErrorAction SilentlyContinue)) { throw "This build of WooPS ($($module.Version)) has no $c." }
}

$pageSize = 100   # orders per page and per batch: WooCommerce's most
$pages = [int][Math]::Ceiling($Orders / $pageSize)
$batches = [int][Math]::Ceiling($Changes / $pageSize)
$loopWarmUpRows = [Math]::Min(20, $LoopRows)
# Enough customers and products that the orders spread over them (one customer for ten orders, a product for five).
$customers = [Math]::Max(3, [int][Math]::Ceiling($Orders / 10))
$products = [Math]::Max(25, [int][Math]::Ceiling($Orders / 5))
$flip = @{ processing = 'completed'; completed = 'processing' }

$work = Join-Path ([System.IO.Path]::GetTempPath()) "woops-bench-orders-$PID"
$null = New-Item -ItemType Directory -Path $work -Force

# The export's columns, the same for both contenders: what a real export takes, flat (one cell each).
$exportFields = @('id', 'number', 'status', 'date_created', 'total', 'currency', 'billing')
$exportColumns = @(
    'id', 'number', 'status',
    # WooPS gives a [datetime], Invoke-RestMethod too (ConvertFrom-Json reads the ISO text); either way one format.
    @{ Name = 'date_created'; Expression = { $d = $_.date_created; if ($d -is [datetime]) { $d.ToString('yyyy-MM-ddTHH:mm:ss', $inv) } else { [string]$d } } },
    # WooPS gives a [decimal], the loop the store's text: both as invariant text ("380.72").
    @{ Name = 'total'; Expression = { $t = $_.total; if ($t -is [decimal]) { $t.ToString($inv) } else { [string]$t } } },
    'currency',
    @{ Name = 'billing_email'; Expression = { $_.billing.email } }
)

# --- helpers ------------------------------------------------------------------------------------------------------
function Format-Count([int[]]$Counts) {
    # One number when every run sent the same; else the spread, which is itself worth seeing.
    $lo = ($Counts | Measure-Object -Minimum).Minimum
    $hi = ($Counts | Measure-Object -Maximum).Maximum
    if ($lo -eq $hi) { "$lo" } else { "$lo-$hi" }
}

function Get-RequestCount($Store) { @(Get-WooFakeStoreRequest -Store $Store).Count }

function Get-RequestKinds($Store, [int]$Since) {
    <# The requests the store answered since the first $Since, by kind. #>
    $kinds = [ordered]@{ GetOrders = 0; GetTotals = 0; PostBatch = 0; Put = 0; Other = 0; OtherNames = [System.Collections.Generic.List[string]]::new() }
    foreach ($r in @(Get-WooFakeStoreRequest -Store $Store | Select-Object -Skip $Since)) {
        switch -Regex ($r) {
            '^GET /wp-json/wc/v3/orders$' { $kinds.GetOrders++; break }
            '^GET /wp-json/wc/v3/reports/orders/totals$' { $kinds.GetTotals++; break }
            '^POST /wp-json/wc/v3/orders/batch$' { $kinds.PostBatch++; break }
            '^PUT /wp-json/wc/v3/orders/\d+$' { $kinds.Put++; break }
            default { $kinds.Other++; $kinds.OtherNames.Add($r) }
        }
    }
    [pscustomobject]$kinds
}

function Get-CpuSeconds($Store) {
    <# Processor time so far of this pwsh (the client) and of the fake store's process. #>
    $Store.Process.Refresh()
    [pscustomobject]@{
        Client = [System.Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime.TotalSeconds
        Store  = $Store.Process.TotalProcessorTime.TotalSeconds
    }
}

function Get-LoadText {
    <# The machine's load (Linux): other work on it shows in the times, never in the request counts. #>
    if (Test-Path -LiteralPath '/proc/loadavg') {
        $parts = (Get-Content -LiteralPath '/proc/loadavg' -TotalCount 1) -split ' '
        "load average $($parts[0]), $($parts[1]), $($parts[2]) (1, 5, 15 min)"
    }
    else { 'load average not known on this system' }
}

function Get-Bound([int]$Requests, [int]$Delay, [int]$Concurrency = $MaxConcurrency) {
    [Math]::Ceiling($Requests / $Concurrency) * $Delay / 1000.0
}

function Read-Statuses($Session) {
    <# Every order's status, by id, as Get-WooOrder lists them. #>
    $map = @{}
    foreach ($o in Get-WooOrder -Session $Session -Status any -Property id, status) { $map[[long]$o.id] = [string]$o.status }
    $map
}

function Read-Export([string]$Csv, [string]$What) {
    <# The file's rows as CSV text sorted by id, after checking it holds -Orders orders, each once. #>
    $rows = @(Import-Csv -LiteralPath $Csv | Sort-Object { [long]$_.id })
    $distinct = @($rows.id | Select-Object -Unique).Count
    if ($rows.Count -ne $Orders -or $distinct -ne $Orders) {
        throw "${What}: the export holds $($rows.Count) rows ($distinct distinct ids); the store has $Orders orders."
    }
    ($rows | ConvertTo-Csv -NoTypeInformation) -join "`n"
}

function Invoke-ExportWooPS($Store, $Session, [string]$Csv, [switch]$Whole) {
    <# Times Get-WooOrder | Select-Object | Export-Csv; returns Seconds, ClientCpu, StoreCpu. #>
    $getArgs = @{ Session = $Session; Status = 'any' }
    if (-not $Whole) { $getArgs.Property = $exportFields }
    [GC]::Collect()
    $cpu = Get-CpuSeconds $Store
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    Get-WooOrder @getArgs | Select-Object $exportColumns | Export-Csv -LiteralPath $Csv -NoTypeInformation -Encoding utf8
    $sw.Stop()
    $cpuAfter = Get-CpuSeconds $Store
    [pscustomobject]@{ Seconds = $sw.Elapsed.TotalSeconds; ClientCpu = $cpuAfter.Client - $cpu.Client; StoreCpu = $cpuAfter.Store - $cpu.Store }
}

function Invoke-ExportLoop($Store, [hashtable]$Headers, [string]$Csv) {
    <# Times the hand-written paging loop and the same Export-Csv; returns Seconds, ClientCpu, StoreCpu. #>
    $BaseUrl = $Store.HttpsUrl
    [GC]::Collect()
    $cpu = Get-CpuSeconds $Store
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    # --- the sysadmin's loop ---
    $all = [System.Collections.Generic.List[object]]::new()
    $page = 1
    $totalPages = 1
    do {
        $items = Invoke-RestMethod -Uri "$BaseUrl/wp-json/wc/v3/orders?per_page=$pageSize&page=$page" -Headers $Headers `
            -SkipCertificateCheck -ResponseHeadersVariable answer
        foreach ($item in $items) { $all.Add($item) }
        if ($page -eq 1) { $totalPages = [int]@($answer['X-WP-TotalPages'])[0] }
        $page++
    } while ($page -le $totalPages)
    $all | Select-Object $exportColumns | Export-Csv -LiteralPath $Csv -NoTypeInformation -Encoding utf8
    # ---
    $sw.Stop()
    $cpuAfter = Get-CpuSeconds $Store
    [pscustomobject]@{ Seconds = $sw.Elapsed.TotalSeconds; ClientCpu = $cpuAfter.Client - $cpu.Client; StoreCpu = $cpuAfter.Store - $cpu.Store }
}

function Invoke-SetWooOrder($Store, $Session, [string]$Csv) {
    <# Times Import-Csv | Set-WooOrder; returns Seconds, ClientCpu, StoreCpu, Applied, Unchanged, Failed, Errors. #>
    [GC]::Collect()
    $cpu = Get-CpuSeconds $Store
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    Import-Csv -LiteralPath $Csv | Set-WooOrder -Session $Session -ErrorAction SilentlyContinue -ErrorVariable writeErrors -InformationVariable summary
    $sw.Stop()
    $cpuAfter = Get-CpuSeconds $Store
    # "Set-WooOrder: 500 applied, 0 unchanged, 0 failed." (numbers in the current culture)
    $line = "$(@($summary)[-1])"
    $count = { param($what) if ($line -match "([\d\s.,'\u00a0\u202f]+) $what") { [int]($Matches[1] -replace '\D', '') } else { -1 } }
    [pscustomobject]@{
        Seconds   = $sw.Elapsed.TotalSeconds
        ClientCpu = $cpuAfter.Client - $cpu.Client
        StoreCpu  = $cpuAfter.Store - $cpu.Store
        Applied   = & $count 'applied'
        Unchanged = & $count 'unchanged'
        Failed    = & $count 'failed'
        Errors    = @($writeErrors)
        Summary   = $line
    }
}

function Invoke-PutLoop($Store, [hashtable]$Headers, [string]$Csv) {
    <# Times the hand-written loop of one PUT per row; returns Seconds, ClientCpu, StoreCpu. #>
    $BaseUrl = $Store.HttpsUrl
    [GC]::Collect()
    $cpu = Get-CpuSeconds $Store
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    # --- the sysadmin's loop ---
    foreach ($row in Import-Csv -LiteralPath $Csv) {
        $body = @{ status = $row.status } | ConvertTo-Json -Compress
        $null = Invoke-RestMethod -Method Put -Uri "$BaseUrl/wp-json/wc/v3/orders/$($row.id)" -Headers $Headers `
            -Body $body -ContentType 'application/json' -SkipCertificateCheck
    }
    # ---
    $sw.Stop()
    $cpuAfter = Get-CpuSeconds $Store
    [pscustomobject]@{ Seconds = $sw.Elapsed.TotalSeconds; ClientCpu = $cpuAfter.Client - $cpu.Client; StoreCpu = $cpuAfter.Store - $cpu.Store }
}

function Format-Runs($List) { ($List.Seconds | ForEach-Object { Format-Seconds $_ }) -join ', ' }

# --- header -------------------------------------------------------------------------------------------------------
Write-Host '# WooPS order benchmark'
Write-Host ''
Write-Host ("WooPS {0} | PowerShell {1} | .NET {2} | {3} | {4} CPUs | {5:yyyy-MM-dd HH:mm} UTC" -f $module.Version,
    $PSVersionTable.PSVersion, [Environment]::Version, [System.Runtime.InteropServices.RuntimeInformation]::OSDescription,
    [Environment]::ProcessorCount, [DateTime]::UtcNow)
Write-Host "At the start: $(Get-LoadText)."
Write-Host ("Store: {0} orders ({1} pages of {2}), {3} customers, {4} products; L = {5} ms; medians of {6} run(s) after 1 warm-up run each; MaxConcurrency = {7}" -f
    $Orders, $pages, $pageSize, $customers, $products, ($delays -join ', '), $Runs, $MaxConcurrency)
Write-Host ("Part 1: {0} orders exported, columns {1}." -f $Orders, (($exportColumns | ForEach-Object { if ($_ -is [hashtable]) { $_.Name } else { $_ } }) -join ', '))
Write-Host ("       WooPS = Get-WooOrder -Status any -Property {0} | Select-Object | Export-Csv; WooPS, whole = the same without -Property;" -f ($exportFields -join ', '))
Write-Host '       Loop = Invoke-RestMethod orders?per_page=100&page=N, page 1..X-WP-TotalPages one after another, Basic auth over https, then the same Export-Csv.'
Write-Host ("Part 2: {0} status changes (processing <-> completed, flipped every run). WooPS = Import-Csv rows.csv | Set-WooOrder; " -f $Changes) -NoNewline
Write-Host 'Loop = Import-Csv, then one Invoke-RestMethod -Method Put /orders/{id} per row.'
if ($LoopRows -lt $Changes) {
    Write-Host ("       The loop is timed over its first {0} rows and EXTRAPOLATED per row to {1} rows (x{2}); its warm-up run is {3} rows." -f
        $LoopRows, $Changes, (Format-Ratio ($Changes / $LoopRows)), $loopWarmUpRows)
}
Write-Host '       Set-WooOrder reads the store''s statuses (reports/orders/totals) once per session: in its warm-up run, not in the timed ones.'
Write-Host 'Lower bound = ceil(requests / MaxConcurrency) x L for WooPS, requests x L for the loop (one at a time): the store delay alone.'
Write-Host 'CPU = processor time used during the timed run by this pwsh (client) and by the fake store (on the same machine).'

# --- one store per L ----------------------------------------------------------------------------------------------
try {
    foreach ($delay in $delays) {
        $store = $null
        $session = $null
        try {
            Write-Host ''
            Write-Host "## L = $delay ms"
            $store = Start-WooFakeStore -Orders $Orders -Customers $customers -Products $products -DelayMs $delay -TimeoutSeconds 300
            $kv = $store.Keys.read_write
            $session = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $kv.key -ConsumerSecret (ConvertTo-SecureString $kv.secret -AsPlainText -Force) `
                -SkipCertificateCheck -MaxConcurrency $MaxConcurrency -PassThru -WarningAction SilentlyContinue
            $basic = [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes("$($kv.key):$($kv.secret)"))
            $headers = @{ Authorization = "Basic $basic" }

            # --- part 1: every order exported, WooPS against the loop ----------------------------------------------
            $wooCsv = Join-Path $work 'orders-woops.csv'
            $wholeCsv = Join-Path $work 'orders-woops-whole.csv'
            $loopCsv = Join-Path $work 'orders-loop.csv'
            $reference = $null
            $check = {
                param([string]$Csv, [string]$What)
                $text = Read-Export $Csv $What
                if ($null -eq $reference) { $script:reference = $text }
                elseif ($text -ne $reference) {
                    $a = $reference -split "`n"; $b = $text -split "`n"
                    $i = 0; while ($i -lt $a.Count -and $i -lt $b.Count -and $a[$i] -eq $b[$i]) { $i++ }
                    throw "${What}: the export differs from the first one (WooPS' warm-up run), e.g. line $($i + 1) of the files sorted by id:`n  $(@($a)[$i])`n  $(@($b)[$i])"
                }
            }
            $runExport = {
                param([string]$Which)
                $before = Get-RequestCount $store
                $result = switch ($Which) {
                    'WooPS' { Invoke-ExportWooPS $store $session $wooCsv; $csv = $wooCsv }
                    'Whole' { Invoke-ExportWooPS $store $session $wholeCsv -Whole; $csv = $wholeCsv }
                    'Loop' { Invoke-ExportLoop $store $headers $loopCsv; $csv = $loopCsv }
                }
                $result = $result | Add-Member -PassThru Requests (Get-RequestKinds $store $before)
                . $check $csv "Part 1, $Which"
                $result
            }

            $warm = [ordered]@{ WooPS = (& $runExport 'WooPS').Seconds; Whole = (& $runExport 'Whole').Seconds; Loop = (& $runExport 'Loop').Seconds }
            $woo = [System.Collections.Generic.List[object]]::new()
            $whole = [System.Collections.Generic.List[object]]::new()
            $loop = [System.Collections.Generic.List[object]]::new()
            for ($r = 1; $r -le $Runs; $r++) {
                # Alternating, so a drift of the machine hits all alike.
                $woo.Add((& $runExport 'WooPS'))
                $loop.Add((& $runExport 'Loop'))
                $whole.Add((& $runExport 'Whole'))
            }

            $wooMedian = Get-Median @($woo.Seconds)
            $wholeMedian = Get-Median @($whole.Seconds)
            $loopMedian = Get-Median @($loop.Seconds)

            Write-Host ''
            Write-Host "### Part 1: $Orders orders exported to a CSV"
            Write-Host ''
            Write-Host '| contender | median (s) | GET orders | other | lower bound (s) | median / bound | Loop / this | client CPU (s) | store CPU (s) | runs (s) |'
            Write-Host '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|'
            foreach ($c in @(
                    @('WooPS: Get-WooOrder -Status any -Property ... \| Export-Csv', $woo, $wooMedian, $MaxConcurrency),
                    @('WooPS, whole orders: Get-WooOrder -Status any \| Export-Csv', $whole, $wholeMedian, $MaxConcurrency),
                    @('Loop: Invoke-RestMethod page by page \| Export-Csv', $loop, $loopMedian, 1))) {
                $list = $c[1]
                $requests = [int](Get-Median @($list.Requests | ForEach-Object { $_.GetOrders + $_.Other }))
                $bound = Get-Bound $requests $delay $c[3]
                Write-Host ('| {0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8} | {9} |' -f $c[0], (Format-Seconds $c[2]),
                    (Format-Count @($list.Requests.GetOrders)), (Format-Count @($list.Requests.Other)),
                    $(if ($delay -eq 0) { '-' } else { Format-Seconds $bound }), $(if ($delay -eq 0) { '-' } else { Format-Ratio ($c[2] / $bound) }),
                    (Format-Ratio ($loopMedian / $c[2])),
                    (Format-Seconds (Get-Median @($list.ClientCpu))), (Format-Seconds (Get-Median @($list.StoreCpu))), (Format-Runs $list))
            }
            Write-Host ''
            Write-Host ('Warm-up (untimed in the median): WooPS {0} s, WooPS whole {1} s, Loop {2} s. Every file held the {3} orders, the same rows.' -f
                (Format-Seconds $warm.WooPS), (Format-Seconds $warm.Whole), (Format-Seconds $warm.Loop), $Orders)
            if ($delay -gt 0) {
                Write-Host ("Lower bound: WooPS ceil({0} pages / {1}) x {2} ms = {3} s; Loop {0} x {2} ms = {4} s. WooPS asks for page 1 alone first (for X-WP-TotalPages), so its best is (1 + ceil({5} / {1})) x {2} ms = {6} s." -f
                    $pages, $MaxConcurrency, $delay, (Format-Seconds (Get-Bound $pages $delay)), (Format-Seconds (Get-Bound $pages $delay 1)),
                    ($pages - 1), (Format-Seconds ((1 + [Math]::Ceiling(($pages - 1) / $MaxConcurrency)) * $delay / 1000.0)))
            }
            $others = @(@($woo) + @($whole) + @($loop) | ForEach-Object { $_.Requests.OtherNames } | Select-Object -Unique)
            if ($others) { Write-Host ("Other requests seen: {0}" -f ($others -join '; ')) }

            Write-Host ''
            $speedup1 = $loopMedian / $wooMedian
            if ($delay -eq 0) {
                Write-Host ("At L = 0 (no goal): Loop / WooPS = {0}; Loop / WooPS whole = {1}." -f (Format-Ratio $speedup1), (Format-Ratio ($loopMedian / $wholeMedian)))
            }
            else {
                $label = if ($delay -eq 150) { 'Goal at L = 150 ms' } else { "Goal set for L = 150 ms, shown for L = $delay ms" }
                Write-Host "${label} (for the reader, not asserted):"
                Write-Goal 'Part 1, Loop / WooPS' $speedup1 3.5
                Write-Host ("  (Loop / WooPS whole orders = {0}.)" -f (Format-Ratio ($loopMedian / $wholeMedian)))
            }

            # --- part 2: status changes from a CSV, WooPS against the loop -----------------------------------------
            $initial = Read-Statuses $session
            if ($initial.Count -ne $Orders) { throw "Part 2: Get-WooOrder lists $($initial.Count) orders; the store was started with $Orders." }
            $picked = @($initial.Keys | Where-Object { $initial[$_] -in $flip.Keys } | Sort-Object | Select-Object -First $Changes)
            if ($picked.Count -lt $Changes) { throw "Part 2: the store has $($picked.Count) processing or completed orders; -Changes is $Changes." }
            $state = @{}
            foreach ($id in $picked) { $state[$id] = $initial[$id] }
            $rowsCsv = Join-Path $work 'rows.csv'

            $writeRows = {
                param([int]$Count)
                # Each row flips its order's status from what the store holds now (as known from the read and the runs).
                @($picked | Select-Object -First $Count) | ForEach-Object {
                    $state[$_] = $flip[$state[$_]]
                    [pscustomobject]@{ id = $_; status = $state[$_] }
                } | Export-Csv -LiteralPath $rowsCsv -NoTypeInformation -Encoding utf8
            }
            $runSet = {
                & $writeRows $Changes
                $before = Get-RequestCount $store
                $result = Invoke-SetWooOrder $store $session $rowsCsv
                if ($result.Errors.Count -or $result.Failed -ne 0) {
                    $first = ($result.Errors | Select-Object -First 3 | ForEach-Object { "$_" }) -join "`n  "
                    throw "Part 2: Set-WooOrder wrote $($result.Errors.Count) error(s) ($($result.Summary)), e.g.:`n  $first"
                }
                if ($result.Applied -ne $Changes) { throw "Part 2: Set-WooOrder applied $($result.Applied) of $Changes rows ($($result.Summary))." }
                $result | Add-Member -PassThru Requests (Get-RequestKinds $store $before)
            }
            $runPut = {
                param([int]$Count)
                & $writeRows $Count
                $before = Get-RequestCount $store
                $result = Invoke-PutLoop $store $headers $rowsCsv
                $result | Add-Member -PassThru Requests (Get-RequestKinds $store $before)
            }

            $warmSet = & $runSet
            $warm2 = [ordered]@{ WooPS = $warmSet.Seconds; Loop = (& $runPut $loopWarmUpRows).Seconds }
            $set = [System.Collections.Generic.List[object]]::new()
            $put = [System.Collections.Generic.List[object]]::new()
            for ($r = 1; $r -le $Runs; $r++) {
                $set.Add((& $runSet))
                $put.Add((& $runPut $LoopRows))
            }

            # The store holds exactly what was written: the picked orders their last status, the others theirs.
            $now = Read-Statuses $session
            $wrong = [System.Collections.Generic.List[string]]::new()
            foreach ($id in $initial.Keys) {
                $expected = if ($state.ContainsKey($id)) { $state[$id] } else { $initial[$id] }
                $got = if ($now.ContainsKey($id)) { $now[$id] } else { 'missing' }
                if ($got -ne $expected) { $wrong.Add("order ${id}: expected $expected, the store has $got") }
            }
            if ($now.Count -ne $initial.Count) { $wrong.Add("the store lists $($now.Count) orders, not $($initial.Count)") }
            if ($wrong.Count) {
                throw "After part 2: $($wrong.Count) order(s) do not hold what was written, e.g.:`n  " + (($wrong | Select-Object -First 5) -join "`n  ")
            }

            $scale = $Changes / $LoopRows
            $setMedian = Get-Median @($set.Seconds)
            $putMeasured = Get-Median @($put.Seconds)
            $putMedian = $putMeasured * $scale
            $setRequests = [int](Get-Median @($set.Requests | ForEach-Object { $_.PostBatch + $_.GetTotals + $_.GetOrders + $_.Put + $_.Other }))
            $setBound = Get-Bound $setRequests $delay
            $putBound = Get-Bound $Changes $delay 1
            $rowsText = if ($LoopRows -lt $Changes) { "$Changes ($LoopRows timed, extrapolated)" } else { "$Changes" }
            $putText = if ($LoopRows -lt $Changes) { "$Changes ($(Format-Count @($put.Requests.Put)) sent)" } else { Format-Count @($put.Requests.Put) }

            Write-Host ''
            Write-Host "### Part 2: $Changes status changes"
            Write-Host ''
            Write-Host '| contender | rows | median (s) | POST batch | GET totals | PUT | other | lower bound (s) | median / bound | client CPU (s) | store CPU (s) | runs (s) |'
            Write-Host '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|'
            Write-Host ('| WooPS: Import-Csv \| Set-WooOrder | {0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8} | {9} | {10} |' -f $Changes, (Format-Seconds $setMedian),
                (Format-Count @($set.Requests.PostBatch)), (Format-Count @($set.Requests.GetTotals)), (Format-Count @($set.Requests.Put)),
                (Format-Count @($set.Requests | ForEach-Object { $_.Other + $_.GetOrders })),
                $(if ($delay -eq 0) { '-' } else { Format-Seconds $setBound }), $(if ($delay -eq 0) { '-' } else { Format-Ratio ($setMedian / $setBound) }),
                (Format-Seconds (Get-Median @($set.ClientCpu))), (Format-Seconds (Get-Median @($set.StoreCpu))), (Format-Runs $set))
            Write-Host ('| Loop: Invoke-RestMethod -Method Put per row | {0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8} | {9} | {10} |' -f $rowsText, (Format-Seconds $putMedian),
                (Format-Count @($put.Requests.PostBatch)), (Format-Count @($put.Requests.GetTotals)), $putText,
                (Format-Count @($put.Requests | ForEach-Object { $_.Other + $_.GetOrders })),
                $(if ($delay -eq 0) { '-' } else { Format-Seconds $putBound }), $(if ($delay -eq 0) { '-' } else { Format-Ratio ($putMedian / $putBound) }),
                (Format-Seconds ((Get-Median @($put.ClientCpu)) * $scale)), (Format-Seconds ((Get-Median @($put.StoreCpu)) * $scale)),
                ((Format-Runs $put) + $(if ($LoopRows -lt $Changes) { " for $LoopRows rows" } else { '' })))
            Write-Host ''
            if ($LoopRows -lt $Changes) {
                Write-Host ("Loop: median {0} s for {1} rows = {2} ms per row, x {3} rows = {4} s (extrapolated)." -f (Format-Seconds $putMeasured), $LoopRows,
                    ($putMeasured * 1000 / $LoopRows).ToString('0.0', $inv), $Changes, (Format-Seconds $putMedian))
            }
            Write-Host ('Warm-up (untimed in the median): WooPS {0} s (POST batch: {1}, GET reports/orders/totals: {2}), Loop {3} s for {4} rows.' -f
                (Format-Seconds $warm2.WooPS), $warmSet.Requests.PostBatch, $warmSet.Requests.GetTotals, (Format-Seconds $warm2.Loop), $loopWarmUpRows)
            if ($delay -gt 0) {
                Write-Host ("Lower bound: WooPS ceil({0} request(s) / {1}) x {2} ms = {3} s ({4} batch(es) of up to {5}); Loop {6} PUTs x {2} ms = {7} s." -f
                    $setRequests, $MaxConcurrency, $delay, (Format-Seconds $setBound), $batches, $pageSize, $Changes, (Format-Seconds $putBound))
            }
            $others = @(@($set) + @($put) | ForEach-Object { $_.Requests.OtherNames } | Select-Object -Unique)
            if ($others) { Write-Host ("Other requests seen: {0}" -f ($others -join '; ')) }
            Write-Host ("Checked with Get-WooOrder: all {0} orders hold the status the runs wrote ({1} flipped {2}x by WooPS, the first {3} also {4}x by the loop, {5} in its warm-up)." -f
                $Orders, $Changes, ($Runs + 1), $LoopRows, $Runs, $loopWarmUpRows)

            Write-Host ''
            $speedup2 = $putMedian / $setMedian
            if ($delay -eq 0) {
                Write-Host ("At L = 0 (no goal): Loop / WooPS = {0}." -f (Format-Ratio $speedup2))
            }
            else {
                $label = if ($delay -eq 150) { 'Goal at L = 150 ms' } else { "Goal set for L = 150 ms, shown for L = $delay ms" }
                Write-Host "${label} (for the reader, not asserted):"
                Write-Goal 'Part 2, Loop / WooPS' $speedup2 50
            }
            Write-Host ''
            Write-Host "At the end of L = $delay ms: $(Get-LoadText)."
        }
        finally {
            if ($session) { try { Disconnect-WooStore -Session $session -ErrorAction SilentlyContinue } catch { } }
            if ($store) { Stop-WooFakeStore -Store $store }
        }
    }
}
finally {
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}
