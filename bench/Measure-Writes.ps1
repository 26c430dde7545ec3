#Requires -Version 7.2
<#
.SYNOPSIS
    Benchmarks writing products from a CSV: Set-WooProduct against a hand-written Invoke-RestMethod loop, and
    Set-WooProduct with and without -SkipUnchanged on a feed where few rows differ, with the fake store.

.DESCRIPTION
    For each per-request delay L in -DelayMs, starts a fake store (out/FakeStore) with a delay of L ms on every
    request and just enough products for the rows (simple products only are written: a variable product has no
    price or stock of its own), reads their current values with Get-WooProduct, then times, with a Stopwatch, after
    one untimed warm-up run each and then alternating:

    1. Stock and price updates by SKU, -Rows rows (columns sku, stock_quantity, regular_price, manage_stock = true
       so that the stock sticks):
         WooPS   Import-Csv rows.csv | Set-WooProduct        (SKUs found 100 to a GET, batches of 100 to
                                                              products/batch, MaxConcurrency at once)
         Loop    what a script without WooPS does: Import-Csv rows.csv, then one Invoke-RestMethod -Method Put
                 /products/{id} per row, one after another, HTTP Basic over https, -SkipCertificateCheck. Only the
                 first -LoopRows rows are timed (the loop is slow: 1,000 rows at 150 ms are 150 s); its time is
                 extrapolated per row to -Rows rows, and the output says so. Its warm-up run is 20 rows.
    2. A feed of -BulkRows rows (the same columns) of which -ChangedRows, spread evenly over the file, differ from
       the store and the rest hold what the store has:
         Import-Csv feed.csv | Set-WooProduct
         Import-Csv feed.csv | Set-WooProduct -SkipUnchanged

    Every run writes values the store does not have yet (each run raises the stock by 1 and the price by 0.01 from
    what the store holds, as known from the reads and the runs before), so every write really changes something; at
    the end of each part the store is read again with Get-WooProduct and must hold exactly what the runs wrote, or
    the benchmark stops with an error, as it does when Set-WooProduct writes an error for any row.

    Prints, per L and part, a markdown table of the medians of -Runs runs, the requests the store saw for each
    contender by kind (from its request log), the lower bound ceil((SKU lookups + batches) / MaxConcurrency) x L
    and how the medians compare with the goals (printed for the reader, not asserted). This prints numbers; it is
    not a test. The module and the store come from $env:WOOPS_MODULE / $env:WOOPS_FAKESTORE, or out/ next to this
    folder.

.PARAMETER Rows
    Part 1: the number of stock and price updates (rows of the CSV).

.PARAMETER LoopRows
    Part 1: how many of those rows the hand-written loop sends in a timed run; its time is extrapolated per row to
    -Rows. Give -LoopRows equal to -Rows to time the loop over every row.

.PARAMETER BulkRows
    Part 2: the number of rows in the feed.

.PARAMETER ChangedRows
    Part 2: how many rows of the feed differ from the store.

.PARAMETER DelayMs
    The per-request delays L to measure, in milliseconds: 0,150 (also as one comma-separated word, "0,150", which is
    how it arrives from bash through 'pwsh -File').

.PARAMETER Runs
    The number of timed runs per L and per contender (after one warm-up run each); the tables show their median.

.PARAMETER MaxConcurrency
    Passed to Connect-WooStore -MaxConcurrency and used for the lower bound.

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Writes

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Writes -DelayMs 150 -LoopRows 1000 -Runs 1
#>
[CmdletBinding()]
param(
    # At most 87,500 rows: the fake store holds at most 100,000 products, one in eight of them variable.
    [ValidateRange(1, 87500)][int]$Rows = 1000,
    [ValidateRange(1, 87500)][int]$LoopRows = 200,
    [ValidateRange(1, 87500)][int]$BulkRows = 10000,
    [ValidateRange(0, 87500)][int]$ChangedRows = 50,
    # [string[]] rather than [int[]]: through 'pwsh -File' "0,150" arrives as one word (see Measure-Paging.ps1).
    [ValidateNotNullOrEmpty()][string[]]$DelayMs = @('0', '150'),
    [ValidateRange(1, 1000)][int]$Runs = 3,
    [ValidateRange(1, 16)][int]$MaxConcurrency = 4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ProgressPreference = 'SilentlyContinue'   # no progress bars from Set-WooProduct or Invoke-RestMethod

Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1') -Force
Set-BenchOutput

$inv = [System.Globalization.CultureInfo]::InvariantCulture

$delays = ConvertTo-BenchDelay $DelayMs
if ($LoopRows -gt $Rows) { throw "-LoopRows ($LoopRows) cannot be more than -Rows ($Rows)." }
if ($ChangedRows -gt $BulkRows) { throw "-ChangedRows ($ChangedRows) cannot be more than -BulkRows ($BulkRows)." }

# --- what to run against ------------------------------------------------------------------------------------------
$module = Import-BenchTarget
if (-not (Get-Command Set-WooProduct -Module $module.Name -ErrorAction SilentlyContinue)) {
    throw "This build of WooPS ($($module.Version)) has no Set-WooProduct."
}

$perRequest = 100   # SKUs per lookup and items per batch: WooCommerce's most
$loopWarmUpRows = [Math]::Min(20, $LoopRows)

# The fake store makes every eighth product a variable one; the rows are simple products, so the store gets just
# enough products for the larger of the two parts.
$simpleNeeded = [Math]::Max($Rows, $BulkRows)
$products = $simpleNeeded
while ($products - [Math]::Floor($products / 8) -lt $simpleNeeded) { $products++ }

$work = Join-Path ([System.IO.Path]::GetTempPath()) "woops-bench-writes-$PID"
$null = New-Item -ItemType Directory -Path $work -Force

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
    $kinds = [ordered]@{ GetProducts = 0; PostBatch = 0; Put = 0; Other = 0; OtherNames = [System.Collections.Generic.List[string]]::new() }
    foreach ($r in @(Get-WooFakeStoreRequest -Store $Store | Select-Object -Skip $Since)) {
        switch -Regex ($r) {
            '^GET /wp-json/wc/v3/products$' { $kinds.GetProducts++; break }
            '^POST /wp-json/wc/v3/products/batch$' { $kinds.PostBatch++; break }
            '^PUT /wp-json/wc/v3/products/\d+$' { $kinds.Put++; break }
            default { $kinds.Other++; $kinds.OtherNames.Add($r) }
        }
    }
    [pscustomobject]$kinds
}

function Read-Catalogue($Session) {
    <# The store's simple products as the rows see them, in id order: Id, Sku, Price, Stock (or $null), Managed. #>
    $list = [System.Collections.Generic.List[object]]::new()
    foreach ($p in (Get-WooProduct -Session $Session -Property id, sku, type, regular_price, stock_quantity, manage_stock)) {
        if ($p.type -ne 'simple' -or [string]::IsNullOrEmpty($p.sku) -or $null -eq $p.regular_price) { continue }
        $list.Add([pscustomobject]@{
                Id      = [long]$p.id
                Sku     = [string]$p.sku
                Price   = [decimal]$p.regular_price
                Stock   = if ($null -eq $p.stock_quantity) { $null } else { [int]$p.stock_quantity }
                Managed = [bool]$p.manage_stock
            })
    }
    @($list | Sort-Object Id)
}

function Assert-Catalogue($Session, [object[]]$Expected, [string]$After) {
    <# The store holds what the runs wrote: every write really happened, and nothing else changed. #>
    $now = @{}
    foreach ($p in (Read-Catalogue $Session)) { $now[$p.Id] = $p }
    $wrong = [System.Collections.Generic.List[string]]::new()
    foreach ($e in $Expected) {
        $n = $now[$e.Id]
        if ($null -eq $n -or $n.Price -ne $e.Price -or $n.Managed -ne $e.Managed -or $n.Stock -ne $e.Stock) {
            $got = if ($null -eq $n) { 'missing' } else { "price $($n.Price), stock $($n.Stock), managed $($n.Managed)" }
            $wrong.Add("$($e.Sku) (id $($e.Id)): expected price $($e.Price), stock $($e.Stock), managed $($e.Managed); the store has $got")
        }
    }
    if ($wrong.Count) {
        throw "After ${After}: $($wrong.Count) product(s) do not hold what was written, e.g.:`n  " + (($wrong | Select-Object -First 5) -join "`n  ")
    }
}

function Step-Row($Product) {
    <# A value the store does not have yet: stock + 1, price + 0.01, stock managed (so the quantity sticks). #>
    $Product.Stock = if ($null -eq $Product.Stock) { 1 } else { $Product.Stock + 1 }
    $Product.Price = $Product.Price + 0.01
    $Product.Managed = $true
}

function ConvertTo-CsvRow($Product, [switch]$ById) {
    $row = [ordered]@{}
    if ($ById) { $row.id = $Product.Id } else { $row.sku = $Product.Sku }
    # An empty cell leaves the field as it is (an unmanaged product has no stock quantity).
    $row.stock_quantity = if ($null -eq $Product.Stock) { '' } else { $Product.Stock.ToString($inv) }
    $row.regular_price = $Product.Price.ToString($inv)
    $row.manage_stock = if ($Product.Managed) { 'true' } else { 'false' }
    [pscustomobject]$row
}

function Get-CpuSeconds($Store) {
    <# Processor time so far of this pwsh (the client) and of the fake store's process. #>
    $Store.Process.Refresh()
    [pscustomobject]@{
        Client = [System.Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime.TotalSeconds
        Store  = $Store.Process.TotalProcessorTime.TotalSeconds
    }
}

function Invoke-SetWooProduct($Store, $Session, [string]$Csv, [switch]$SkipUnchanged) {
    <# Times Import-Csv | Set-WooProduct; returns Seconds, ClientCpu, StoreCpu, Applied, Unchanged, Failed, Errors. #>
    $setArgs = @{ Session = $Session; SkipUnchanged = $SkipUnchanged }
    [GC]::Collect()
    $cpu = Get-CpuSeconds $Store
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    Import-Csv -LiteralPath $Csv | Set-WooProduct @setArgs -ErrorAction SilentlyContinue -ErrorVariable writeErrors -InformationVariable summary
    $sw.Stop()
    $cpuAfter = Get-CpuSeconds $Store
    # "Set-WooProduct: 1,000 applied, 0 unchanged, 0 failed." (numbers in the current culture)
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

function Assert-NoWriteError($Result, [string]$What) {
    if ($Result.Errors.Count -or $Result.Failed -ne 0) {
        $first = ($Result.Errors | Select-Object -First 3 | ForEach-Object { "$_" }) -join "`n  "
        throw "${What}: Set-WooProduct wrote $($Result.Errors.Count) error(s) ($($Result.Summary)), e.g.:`n  $first"
    }
}

function Invoke-PutLoop($Store, [hashtable]$Headers, [string]$Csv) {
    <# Times the hand-written loop; returns Seconds, ClientCpu, StoreCpu. #>
    $BaseUrl = $Store.HttpsUrl
    [GC]::Collect()
    $cpu = Get-CpuSeconds $Store
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    # --- the sysadmin's loop ---
    foreach ($row in Import-Csv -LiteralPath $Csv) {
        $body = @{
            stock_quantity = [int]$row.stock_quantity
            regular_price  = $row.regular_price
            manage_stock   = $row.manage_stock -eq 'true'
        } | ConvertTo-Json -Compress
        $null = Invoke-RestMethod -Method Put -Uri "$BaseUrl/wp-json/wc/v3/products/$($row.id)" -Headers $Headers `
            -Body $body -ContentType 'application/json' -SkipCertificateCheck
    }
    # ---
    $sw.Stop()
    $cpuAfter = Get-CpuSeconds $Store
    [pscustomobject]@{ Seconds = $sw.Elapsed.TotalSeconds; ClientCpu = $cpuAfter.Client - $cpu.Client; StoreCpu = $cpuAfter.Store - $cpu.Store }
}

function Get-LoadText {
    <# The machine's load (Linux): other work on it shows in the times, never in the request counts. #>
    if (Test-Path -LiteralPath '/proc/loadavg') {
        $parts = (Get-Content -LiteralPath '/proc/loadavg' -TotalCount 1) -split ' '
        "load average $($parts[0]), $($parts[1]), $($parts[2]) (1, 5, 15 min)"
    }
    else { 'load average not known on this system' }
}

function Get-Bound([int]$Requests, [int]$Delay) { [Math]::Ceiling($Requests / $MaxConcurrency) * $Delay / 1000.0 }

# --- header -------------------------------------------------------------------------------------------------------
$lookups1 = [int][Math]::Ceiling($Rows / $perRequest)
$batches1 = $lookups1
$lookups2 = [int][Math]::Ceiling($BulkRows / $perRequest)
$batches2Changed = [int][Math]::Ceiling($ChangedRows / $perRequest)

Write-Host '# WooPS write benchmark'
Write-Host ''
Write-Host ("WooPS {0} | PowerShell {1} | .NET {2} | {3} | {4} CPUs | {5:yyyy-MM-dd HH:mm} UTC" -f $module.Version,
    $PSVersionTable.PSVersion, [Environment]::Version, [System.Runtime.InteropServices.RuntimeInformation]::OSDescription,
    [Environment]::ProcessorCount, [DateTime]::UtcNow)
Write-Host "At the start: $(Get-LoadText)."
Write-Host ("Store: {0} products ({1} simple ones written); L = {2} ms; medians of {3} run(s) after 1 warm-up run each; MaxConcurrency = {4}; BatchSize = {5}" -f
    $products, $simpleNeeded, ($delays -join ', '), $Runs, $MaxConcurrency, $perRequest)
Write-Host ("Part 1: {0} stock and price updates by SKU. WooPS = Import-Csv rows.csv | Set-WooProduct; " -f $Rows) -NoNewline
Write-Host 'Loop = Import-Csv, then one Invoke-RestMethod -Method Put /products/{id} per row, Basic auth over https.'
if ($LoopRows -lt $Rows) {
    Write-Host ("       The loop is timed over its first {0} rows and EXTRAPOLATED per row to {1} rows (x{2}); its warm-up run is {3} rows." -f
        $LoopRows, $Rows, (Format-Ratio ($Rows / $LoopRows)), $loopWarmUpRows)
}
Write-Host ("Part 2: a feed of {0} rows, {1} of them (spread evenly) differing from the store, the rest equal to it: Set-WooProduct with and without -SkipUnchanged." -f
    $BulkRows, $ChangedRows)
Write-Host 'Every run writes values the store does not hold yet (stock + 1, price + 0.01); after each part the store is read back and must hold them.'
Write-Host 'Lower bound = ceil((SKU lookups + batches) / MaxConcurrency) x L, lookups and batches of 100: the store delay alone, MaxConcurrency requests in flight.'
Write-Host 'CPU = processor time used during the timed run by this pwsh (client: Import-Csv, WooPS or the loop) and by the fake store (on the same machine).'

# --- one store per L ----------------------------------------------------------------------------------------------
try {
    foreach ($delay in $delays) {
        $store = $null
        $session = $null
        try {
            Write-Host ''
            Write-Host "## L = $delay ms"
            $store = Start-WooFakeStore -Products $products -DelayMs $delay -TimeoutSeconds 300
            $kv = $store.Keys.read_write
            $session = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $kv.key -ConsumerSecret (ConvertTo-SecureString $kv.secret -AsPlainText -Force) `
                -SkipCertificateCheck -MaxConcurrency $MaxConcurrency -PassThru -WarningAction SilentlyContinue
            $basic = [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes("$($kv.key):$($kv.secret)"))
            $headers = @{ Authorization = "Basic $basic" }

            # --- part 1: 1,000 updates by SKU, WooPS against the loop ----------------------------------------------
            $catalogue = @(Read-Catalogue $session)
            if ($catalogue.Count -lt $simpleNeeded) { throw "The store lists $($catalogue.Count) simple products; the rows need $simpleNeeded." }
            $rows1 = @($catalogue | Select-Object -First $Rows)
            $skuCsv = Join-Path $work 'rows.csv'
            $idCsv = Join-Path $work 'rows-by-id.csv'

            $runWooPS = {
                foreach ($p in $rows1) { Step-Row $p }
                $rows1 | ForEach-Object { ConvertTo-CsvRow $_ } | Export-Csv -LiteralPath $skuCsv -NoTypeInformation -Encoding utf8
                $before = Get-RequestCount $store
                $result = Invoke-SetWooProduct $store $session $skuCsv
                Assert-NoWriteError $result 'Part 1'
                if ($result.Applied -ne $Rows) { throw "Part 1: Set-WooProduct applied $($result.Applied) of $Rows rows ($($result.Summary))." }
                $result | Add-Member -PassThru Requests (Get-RequestKinds $store $before)
            }
            $runLoop = {
                param([int]$Count)
                $some = @($rows1 | Select-Object -First $Count)
                foreach ($p in $some) { Step-Row $p }
                $some | ForEach-Object { ConvertTo-CsvRow $_ -ById } | Export-Csv -LiteralPath $idCsv -NoTypeInformation -Encoding utf8
                $before = Get-RequestCount $store
                $result = Invoke-PutLoop $store $headers $idCsv
                $result | Add-Member -PassThru Requests (Get-RequestKinds $store $before)
            }

            $warm = [ordered]@{ WooPS = (& $runWooPS).Seconds; Loop = (& $runLoop $loopWarmUpRows).Seconds }
            $woo = [System.Collections.Generic.List[object]]::new()
            $loop = [System.Collections.Generic.List[object]]::new()
            for ($r = 1; $r -le $Runs; $r++) {
                # Alternating, so a drift of the machine hits both alike.
                $woo.Add((& $runWooPS))
                $loop.Add((& $runLoop $LoopRows))
            }
            Assert-Catalogue $session $catalogue 'part 1'

            $scale = $Rows / $LoopRows
            $wooMedian = Get-Median @($woo.Seconds)
            $loopMeasured = Get-Median @($loop.Seconds)
            $loopMedian = $loopMeasured * $scale
            $bound = Get-Bound ($lookups1 + $batches1) $delay
            $loopRowsText = if ($LoopRows -lt $Rows) { "$Rows ($LoopRows timed, extrapolated)" } else { "$Rows" }
            # The loop sends one PUT per row: -Rows of them, of which the timed runs sent -LoopRows.
            $loopPutText = if ($LoopRows -lt $Rows) { "$Rows ($(Format-Count @($loop.Requests.Put)) sent)" } else { Format-Count @($loop.Requests.Put) }

            Write-Host ''
            Write-Host "### Part 1: $Rows stock and price updates by SKU"
            Write-Host ''
            Write-Host '| contender | rows | median (s) | GET products | POST batch | PUT | other | client CPU (s) | store CPU (s) | runs (s) |'
            Write-Host '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|'
            Write-Host ('| WooPS: Import-Csv \| Set-WooProduct | {0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8} |' -f $Rows, (Format-Seconds $wooMedian),
                (Format-Count @($woo.Requests.GetProducts)), (Format-Count @($woo.Requests.PostBatch)),
                (Format-Count @($woo.Requests.Put)), (Format-Count @($woo.Requests.Other)),
                (Format-Seconds (Get-Median @($woo.ClientCpu))), (Format-Seconds (Get-Median @($woo.StoreCpu))),
                (($woo.Seconds | ForEach-Object { Format-Seconds $_ }) -join ', '))
            Write-Host ('| Loop: Invoke-RestMethod -Method Put per row | {0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8} |' -f $loopRowsText, (Format-Seconds $loopMedian),
                (Format-Count @($loop.Requests.GetProducts)), (Format-Count @($loop.Requests.PostBatch)), $loopPutText, (Format-Count @($loop.Requests.Other)),
                (Format-Seconds ((Get-Median @($loop.ClientCpu)) * $scale)), (Format-Seconds ((Get-Median @($loop.StoreCpu)) * $scale)),
                ((($loop.Seconds | ForEach-Object { Format-Seconds $_ }) -join ', ') + $(if ($LoopRows -lt $Rows) { " for $LoopRows rows" } else { '' })))
            Write-Host ''
            if ($LoopRows -lt $Rows) {
                Write-Host ("Loop: median {0} s for {1} rows = {2} ms per row, x {3} rows = {4} s (extrapolated)." -f (Format-Seconds $loopMeasured), $LoopRows,
                    ($loopMeasured * 1000 / $LoopRows).ToString('0.0', $inv), $Rows, (Format-Seconds $loopMedian))
            }
            Write-Host ('Warm-up (untimed in the median): WooPS {0} s, Loop {1} s for {2} rows.' -f (Format-Seconds $warm.WooPS), (Format-Seconds $warm.Loop), $loopWarmUpRows)
            if ($delay -gt 0) {
                Write-Host ("Lower bound = ceil(({0} lookups + {1} batches) / {2}) x {3} ms = {4} s." -f $lookups1, $batches1, $MaxConcurrency, $delay, (Format-Seconds $bound))
            }
            $others = @(@($woo.Requests) + @($loop.Requests) | ForEach-Object { $_.OtherNames } | Select-Object -Unique)
            if ($others) { Write-Host ("Other requests seen: {0}" -f ($others -join '; ')) }

            Write-Host ''
            $speedup = $loopMedian / $wooMedian
            if ($delay -eq 0) {
                Write-Host ("At L = 0 (no goal): Loop / WooPS = {0}." -f (Format-Ratio $speedup))
            }
            else {
                $label = if ($delay -eq 150) { 'Goals at L = 150 ms' } else { "Goals set for L = 150 ms, shown for L = $delay ms" }
                Write-Host "${label} (for the reader, not asserted):"
                Write-Goal 'Loop / WooPS' $speedup 50
                Write-Goal 'WooPS / bound' ($wooMedian / $bound) 2 -AtMost
            }

            # --- part 2: a feed where few rows differ, with and without -SkipUnchanged -----------------------------
            $catalogue = @(Read-Catalogue $session)
            $rows2 = @($catalogue | Select-Object -First $BulkRows)
            $changed = @(for ($i = 0; $i -lt $ChangedRows; $i++) { $rows2[[int][Math]::Floor(($i + 0.5) * $BulkRows / $ChangedRows)] })
            $feedCsv = Join-Path $work 'feed.csv'

            $runFeed = {
                param([bool]$Skip)
                foreach ($p in $changed) { Step-Row $p }
                $rows2 | ForEach-Object { ConvertTo-CsvRow $_ } | Export-Csv -LiteralPath $feedCsv -NoTypeInformation -Encoding utf8
                $before = Get-RequestCount $store
                $result = Invoke-SetWooProduct $store $session $feedCsv -SkipUnchanged:$Skip
                Assert-NoWriteError $result "Part 2$(if ($Skip) { ' -SkipUnchanged' })"
                $result | Add-Member -PassThru Requests (Get-RequestKinds $store $before)
            }

            $warm2 = [ordered]@{ All = (& $runFeed $false).Seconds; Skip = (& $runFeed $true).Seconds }
            $all = [System.Collections.Generic.List[object]]::new()
            $skip = [System.Collections.Generic.List[object]]::new()
            for ($r = 1; $r -le $Runs; $r++) {
                $all.Add((& $runFeed $false))
                $skip.Add((& $runFeed $true))
            }
            Assert-Catalogue $session $catalogue 'part 2'

            $allMedian = Get-Median @($all.Seconds)
            $skipMedian = Get-Median @($skip.Seconds)
            $allBound = Get-Bound ($lookups2 + $lookups2) $delay
            $skipBound = Get-Bound ($lookups2 + $batches2Changed) $delay
            $boundText = { param($b) if ($delay -eq 0) { '-' } else { Format-Seconds $b } }
            $overText = { param($m, $b) if ($delay -eq 0) { '-' } else { Format-Ratio ($m / $b) } }

            Write-Host ''
            Write-Host "### Part 2: a feed of $BulkRows rows, $ChangedRows differing"
            Write-Host ''
            Write-Host ('| contender | median (s) | GET products | POST batch | other | applied | unchanged | lower bound (s) | median / bound ' +
                '| client CPU (s) | store CPU (s) | runs (s) |')
            Write-Host '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|'
            foreach ($c in @(@('Set-WooProduct', $all, $allMedian, $allBound), @('Set-WooProduct -SkipUnchanged', $skip, $skipMedian, $skipBound))) {
                $list = $c[1]
                Write-Host ('| {0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8} | {9} | {10} | {11} |' -f $c[0], (Format-Seconds $c[2]),
                    (Format-Count @($list.Requests.GetProducts)), (Format-Count @($list.Requests.PostBatch)), (Format-Count @($list.Requests.Other)),
                    (Format-Count @($list.Applied)), (Format-Count @($list.Unchanged)), (& $boundText $c[3]), (& $overText $c[2] $c[3]),
                    (Format-Seconds (Get-Median @($list.ClientCpu))), (Format-Seconds (Get-Median @($list.StoreCpu))),
                    (($list.Seconds | ForEach-Object { Format-Seconds $_ }) -join ', '))
            }
            Write-Host ''
            Write-Host ('Warm-up (untimed in the median): Set-WooProduct {0} s, -SkipUnchanged {1} s. Without / with -SkipUnchanged = {2}.' -f
                (Format-Seconds $warm2.All), (Format-Seconds $warm2.Skip), (Format-Ratio ($allMedian / $skipMedian)))
            if ($delay -gt 0) {
                Write-Host (("Lower bounds: ceil(({0} lookups + {0} batches) / {1}) x {2} ms; " +
                    "with -SkipUnchanged ceil(({0} lookups + {3} batch(es) of the {4} changed rows) / {1}) x {2} ms.") -f
                    $lookups2, $MaxConcurrency, $delay, $batches2Changed, $ChangedRows)
            }
            $others = @(@($all) + @($skip) | ForEach-Object { $_.Requests.OtherNames } | Select-Object -Unique)
            if ($others) { Write-Host ("Other requests seen: {0}" -f ($others -join '; ')) }
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
