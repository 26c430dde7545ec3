#Requires -Version 7.2
<#
    Helpers shared by the Pester suites in tests/pester.

    Environment (set by build.ps1 -Task Test / Demo):
      WOOPS_MODULE     full path of out/WooPS/WooPS.psd1 (the built module under test)
      WOOPS_FAKESTORE  full path of out/FakeStore/WooPS.FakeStore.dll (the fake WooCommerce store)
#>
Set-StrictMode -Version Latest

function Get-DotnetHostPath {
    <# .SYNOPSIS Full path of the dotnet host (the one running this pwsh when started as 'dotnet pwsh'). #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    # The dotnet host that runs this PowerShell (dotnet pwsh) is the best choice; otherwise PATH.
    $main = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    if ($main -and [System.IO.Path]::GetFileNameWithoutExtension($main) -eq 'dotnet') { return $main }
    if ($env:DOTNET_HOST_PATH -and (Test-Path -LiteralPath $env:DOTNET_HOST_PATH)) { return $env:DOTNET_HOST_PATH }
    $cmd = Get-Command -Name dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($cmd) { return $cmd.Source }
    throw "Cannot find the 'dotnet' host (not on PATH, DOTNET_HOST_PATH unset)."
}

function Get-NuGetPackagesFolder {
    <#
    .SYNOPSIS
        The NuGet global packages folder (where dotnet restore puts packages, e.g. Pester and the older
        Microsoft.Extensions.* that tests/pester/PesterRestore.csproj downloads). Full path, no trailing slash.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    $candidates = [System.Collections.Generic.List[string]]::new()
    # 'dotnet nuget locals' honours NUGET_PACKAGES and NuGet.Config (globalPackagesFolder); run it from the repo.
    $repoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
    Push-Location -LiteralPath $repoRoot
    try {
        $lines = & (Get-DotnetHostPath) nuget locals global-packages --list 2>$null
        if ($LASTEXITCODE -eq 0) {
            foreach ($line in @($lines)) {
                if ("$line" -match '^\s*global-packages:\s*(.+?)\s*$') { $candidates.Add($Matches[1]) }
            }
        }
    }
    catch { }
    finally { Pop-Location }
    if ($env:NUGET_PACKAGES) { $candidates.Add($env:NUGET_PACKAGES) }
    $candidates.Add((Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages'))
    foreach ($c in $candidates) {
        if (Test-Path -LiteralPath $c -PathType Container) {
            return (Resolve-Path -LiteralPath $c).ProviderPath.TrimEnd('/', '\')
        }
    }
    throw "No NuGet global packages folder found (looked in: $($candidates -join ', '))."
}

function Start-WooFakeStore {
    <#
    .SYNOPSIS
        Starts the fake WooCommerce store (dotnet $env:WOOPS_FAKESTORE) on free ports and returns
        [pscustomobject]@{ Process; HttpUrl; HttpsUrl; Keys } where Keys.read / Keys.write / Keys.read_write
        each have .key and .secret (plain strings, as the store printed them).
        Always pair with Stop-WooFakeStore (e.g. BeforeAll / AfterAll).
        -Coupons (3 unless given) seeds coupons save001, cart002, item003, ...; -Customers (3 unless given)
        seeds customers 2, 3, ... (customer1@example.com, ...) besides the administrator, user 1;
        -Orders (0 unless given) seeds orders after the coupons, over those customers (every fourth a guest's)
        and the published products: order n's status by n mod 12 (processing, completed, pending, completed,
        on-hold, processing, completed, cancelled, refunded, failed, awaiting-shipment (a plugin's status),
        completed), created 13 hours apart from 2026-01-04 08:00, taxed when n mod 3 = 0, shipped (flat
        rate 10.00) when n is odd, a fee when n mod 7 = 4, coupon save001 when n mod 5 = 2, refunded orders
        with a refund; Get-WooFakeStoreEmail lists the customer notes it e-mailed;
        -PriceDecimals (2 unless given) is what settings/general/woocommerce_price_num_decimals answers.
    #>
    [CmdletBinding()]
    param(
        [ValidateRange(0, 100000)][int]$Products = 25,
        [ValidateRange(0, 100000)][int]$Coupons,
        [ValidateRange(0, 100000)][int]$Customers,
        [ValidateRange(0, 100000)][int]$Orders,
        [ValidateRange(0, 100)][int]$PriceDecimals,
        [ValidateRange(0, 600000)][int]$DelayMs,
        # A small host (for benchmarks): so many PHP workers sharing -Cpus CPUs (2 unless given), a queue of -Queue
        # (8 unless given) in front of them, and past it -OverflowStatus (503 unless given; 429 adds Retry-After: 1).
        [ValidateRange(1, 1000)][int]$Workers,
        [ValidateRange(0.1, 64)][double]$Cpus,
        [ValidateRange(0, 10000)][int]$Queue,
        [ValidateSet(503, 429)][int]$OverflowStatus,
        # Refuses with 429 and Retry-After every request past this many in the last second (for benchmarks).
        [ValidateRange(1, 100000)][int]$RateLimit,
        [switch]$StripAuthorization,
        [switch]$TlsProxy,
        [switch]$PlainPermalinks,
        [ValidateSet('json', 'html', 'login', 'blocked')][string]$WpJsonAnswer,
        [int]$ClockOffsetSec,
        [uri]$RedirectTo,
        [switch]$Utf8Bom,
        [switch]$PhpNotice,
        [ValidateRange(0, [int]::MaxValue)][int]$CutShort,
        [switch]$CutShortFatal,
        [switch]$LoneSurrogate,
        [switch]$NonObjectItem,
        [ValidateSet('truthful', 'overstated', 'understated', 'missing')][string]$PagingHeaders,
        [ValidateSet('none', 'trailing-slash', 'rest-route', 'login')][string]$RestRedirect,
        # The fraction (0 to 1) of requests to /wp-json/... that fail at random: 503, 504 after a write was
        # done, or the connection aborted; a request that failed twice in a row never fails again, so a client
        # retrying up to 3 times gets through. Get-WooFakeStoreFault says what happened.
        [ValidateRange(0.0, 1.0)][double]$Faults,
        # The seed of those draws (0 unless given): the same seed and requests fail the same way.
        [int]$FaultSeed,
        [ValidateRange(1, 600)][int]$TimeoutSeconds = 30
    )

    $dll = $env:WOOPS_FAKESTORE
    if ([string]::IsNullOrWhiteSpace($dll)) {
        throw 'WOOPS_FAKESTORE is not set: it must hold the full path of WooPS.FakeStore.dll (build.ps1 -Task Test sets it).'
    }
    if (-not (Test-Path -LiteralPath $dll -PathType Leaf)) {
        throw "WOOPS_FAKESTORE points to '$dll', which does not exist. Run ./build.ps1 -Task Build first."
    }

    $psi = [System.Diagnostics.ProcessStartInfo]::new((Get-DotnetHostPath))
    $psi.UseShellExecute = $false
    $psi.RedirectStandardInput = $true      # the store gets its own (never written) stdin, not ours
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.WorkingDirectory = Split-Path -Parent $dll
    $arguments = @($dll, '--http-port', '0', '--https-port', '0', '--products', "$Products")
    $invariant = [System.Globalization.CultureInfo]::InvariantCulture
    if ($PSBoundParameters.ContainsKey('Coupons')) { $arguments += @('--coupons', $Coupons.ToString($invariant)) }
    if ($PSBoundParameters.ContainsKey('Customers')) { $arguments += @('--customers', $Customers.ToString($invariant)) }
    if ($PSBoundParameters.ContainsKey('Orders')) { $arguments += @('--orders', $Orders.ToString($invariant)) }
    if ($PSBoundParameters.ContainsKey('PriceDecimals')) { $arguments += @('--price-decimals', $PriceDecimals.ToString($invariant)) }
    if ($PSBoundParameters.ContainsKey('DelayMs')) { $arguments += @('--delay-ms', "$DelayMs") }
    if ($PSBoundParameters.ContainsKey('Workers')) { $arguments += @('--workers', "$Workers") }
    if ($PSBoundParameters.ContainsKey('Cpus')) { $arguments += @('--cpus', $Cpus.ToString($invariant)) }
    if ($PSBoundParameters.ContainsKey('Queue')) { $arguments += @('--queue', "$Queue") }
    if ($PSBoundParameters.ContainsKey('OverflowStatus')) { $arguments += @('--overflow-status', "$OverflowStatus") }
    if ($PSBoundParameters.ContainsKey('RateLimit')) { $arguments += @('--rate-limit', "$RateLimit") }
    if ($StripAuthorization) { $arguments += '--strip-authorization' }
    if ($TlsProxy) { $arguments += '--tls-proxy' }
    if ($PlainPermalinks) { $arguments += '--plain-permalinks' }
    if ($WpJsonAnswer) { $arguments += @('--wp-json-answer', $WpJsonAnswer) }
    if ($PSBoundParameters.ContainsKey('ClockOffsetSec')) { $arguments += @('--clock-offset-sec', "$ClockOffsetSec") }
    if ($RedirectTo) { $arguments += @('--redirect-to', $RedirectTo.AbsoluteUri) }
    if ($Utf8Bom) { $arguments += '--utf8-bom' }
    if ($PhpNotice) { $arguments += '--php-notice' }
    if ($PSBoundParameters.ContainsKey('CutShort')) { $arguments += @('--cut-short', "$CutShort") }
    if ($CutShortFatal) { $arguments += '--cut-short-fatal' }
    if ($LoneSurrogate) { $arguments += '--lone-surrogate' }
    if ($NonObjectItem) { $arguments += '--non-object-item' }
    if ($PagingHeaders) { $arguments += @('--paging-headers', $PagingHeaders) }
    if ($RestRedirect) { $arguments += @('--rest-redirect', $RestRedirect) }
    if ($PSBoundParameters.ContainsKey('Faults')) {
        $arguments += @('--faults', $Faults.ToString([System.Globalization.CultureInfo]::InvariantCulture))
        if ($PSBoundParameters.ContainsKey('FaultSeed')) { $arguments += @('--fault-seed', "$FaultSeed") }
    }
    elseif ($PSBoundParameters.ContainsKey('FaultSeed')) { throw '-FaultSeed needs -Faults.' }
    foreach ($a in $arguments) { $psi.ArgumentList.Add($a) }
    $commandLine = 'dotnet ' + ($arguments -join ' ')

    $proc = [System.Diagnostics.Process]::Start($psi)
    if (-not $proc) { throw "Could not start: $commandLine" }
    # Collect stderr from the start (for error messages), without blocking the store.
    $stderrTask = $proc.StandardError.ReadToEndAsync()

    $info = $null
    $seen = [System.Collections.Generic.List[string]]::new()
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    $failure = $null
    try {
        while (-not $info) {
            $lineTask = $proc.StandardOutput.ReadLineAsync()
            while (-not $lineTask.Wait(100)) {
                if ([DateTime]::UtcNow -gt $deadline) { break }
            }
            if (-not $lineTask.IsCompleted) {
                $failure = "timed out after $TimeoutSeconds s waiting for its JSON line"
                break
            }
            $line = $lineTask.Result
            if ($null -eq $line) {
                # EOF on stdout: the store died (or closed stdout) before announcing itself.
                [void]$proc.WaitForExit(5000)
                $code = if ($proc.HasExited) { "exit code $($proc.ExitCode)" } else { 'stdout closed' }
                $failure = "it ended before printing its JSON line ($code)"
                break
            }
            $seen.Add($line)
            $trimmed = $line.Trim()
            if ($trimmed.StartsWith('{')) {
                try { $candidate = $trimmed | ConvertFrom-Json -ErrorAction Stop } catch { $candidate = $null }
                if ($candidate -and $candidate.PSObject.Properties['http'] -and $candidate.PSObject.Properties['https']) {
                    $info = $candidate
                }
            }
        }
    }
    catch {
        $failure = "reading its output failed: $($_.Exception.Message)"
    }

    if (-not $info) {
        try { if (-not $proc.HasExited) { $proc.Kill($true) } } catch { }
        [void]$proc.WaitForExit(5000)
        $stderr = ''
        if ($stderrTask.Wait(3000)) { $stderr = $stderrTask.Result }
        $proc.Dispose()
        $stdout = $seen -join [Environment]::NewLine
        throw ("Start-WooFakeStore: '$commandLine' failed: $failure." +
            "`n--- stdout ---`n$stdout`n--- stderr ---`n$stderr")
    }

    # Keep draining stdout so the store never blocks on a full pipe (it may log per request).
    $null = $proc.StandardOutput.BaseStream.CopyToAsync([System.IO.Stream]::Null)

    $keys = [ordered]@{}
    if ($info.PSObject.Properties['keys'] -and $info.keys) {
        foreach ($p in $info.keys.PSObject.Properties) {
            $keys[$p.Name] = [pscustomobject]@{ key = [string]$p.Value.key; secret = [string]$p.Value.secret }
        }
    }

    [pscustomobject]@{
        PSTypeName  = 'WooPS.Tests.FakeStore'
        Process     = $proc
        HttpUrl     = ([string]$info.http).TrimEnd('/')
        HttpsUrl    = ([string]$info.https).TrimEnd('/')
        Keys        = [pscustomobject]$keys
        CommandLine = $commandLine
        StdErr      = $stderrTask
    }
}

function Get-WooFakeStoreRequest {
    <#
    .SYNOPSIS
        What the fake store has seen so far: one "METHOD /path" string per request, in order (no query strings).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Store)
    (Invoke-RestMethod -Uri "$($Store.HttpUrl)/__fakestore/requests" -TimeoutSec 30).requests
}

function Get-WooFakeStoreFault {
    <#
    .SYNOPSIS
        What the fake store's fault mode (Start-WooFakeStore -Faults) did so far: total, unavailable,
        gateway_timeout_after_write, connection_aborted (counts), and applied_writes: per "METHOD /path", how
        many writes WordPress carried out (a write answered 504 after it was done counts, so a client that sent
        it again shows 2).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Store)
    Invoke-RestMethod -Uri "$($Store.HttpUrl)/__fakestore/faults" -TimeoutSec 30
}

function Get-WooFakeStoreEmail {
    <#
    .SYNOPSIS
        The e-mails the fake store sent (GET /__fakestore/emails), in order: one per customer note
        (POST orders/{id}/notes with customer_note true), each with order_id, to (the order's billing
        address), kind ("customer_note") and text.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Store)
    @((Invoke-RestMethod -Uri "$($Store.HttpUrl)/__fakestore/emails" -TimeoutSec 30).emails)
}

function Wait-WooFakeStoreArrival {
    <#
    .SYNOPSIS
        Waits until the fake store has seen a request arrive ("GET /wp-json/wc/v3/products"), answered or not: the
        event a test of a slow store waits for, instead of a fixed sleep. -TimeoutSeconds only guards against a hang.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Store, [Parameter(Mandatory)][string]$Request, [ValidateRange(1, 600)][int]$TimeoutSeconds = 30)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while (@((Invoke-RestMethod -Uri "$($Store.HttpUrl)/__fakestore/requests" -TimeoutSec 30).arrived) -notcontains $Request) {
        if ([DateTime]::UtcNow -gt $deadline) { throw "The fake store saw no '$Request' within $TimeoutSeconds s." }
        Start-Sleep -Milliseconds 20
    }
}

function Get-FakeStoreError {
    <# .SYNOPSIS The "error" a /__fakestore/... address answered with, else the exception's message (not exported). #>
    param([Parameter(Mandatory)][System.Management.Automation.ErrorRecord]$Record)
    if ($Record.ErrorDetails -and $Record.ErrorDetails.Message) {
        try { return ($Record.ErrorDetails.Message | ConvertFrom-Json -ErrorAction Stop).error } catch { return $Record.ErrorDetails.Message }
    }
    $Record.Exception.Message
}

function Set-WooFakeStoreScript {
    <#
    .SYNOPSIS
        Replaces the fake store's scripted faults (PUT /__fakestore/script) and returns the rules as the store
        now reports them (Get-WooFakeStoreScript). Each rule is a hashtable:
          Method      'POST', 'GET', ... or '*' (any; the default)
          Route       a .NET regular expression on the REST route, e.g. '^/wc/v3/products/batch$' (every route unless given)
          Nth         which matching requests it hits, counted from 1: 2, or @(1, 3); every one unless given
          Action      forbidden | unavailable | gateway-timeout-after | cut-short-after | slow-after |
                      hold-after | hold-before | throttle
          DelayMs     for slow-after: how long the answer is held back
          RetryAfter  for throttle: the Retry-After header, in seconds (1 unless given)
        The counts start afresh. An empty list ends the faults, as Clear-WooFakeStoreScript does.
    .EXAMPLE
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/products/batch$'; Nth = 2; Action = 'gateway-timeout-after' }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]$Store,
        [Parameter(Mandatory)][AllowEmptyCollection()][System.Collections.IDictionary[]]$Rule
    )
    $names = [ordered]@{ Method = 'method'; Route = 'route'; Nth = 'nth'; Action = 'action'; DelayMs = 'delay_ms'; RetryAfter = 'retry_after' }
    $rules = [System.Collections.Generic.List[object]]::new()
    foreach ($r in $Rule) {
        $json = [ordered]@{}
        foreach ($key in $r.Keys) {
            $name = @($names.Keys | Where-Object { $_ -eq "$key" -or $names[$_] -eq "$key" }) | Select-Object -First 1
            if (-not $name) { throw "Set-WooFakeStoreScript: unknown key '$key' (known: $($names.Keys -join ', '))." }
            $value = $r[$key]
            # Numbers go as JSON numbers (nth keeps a list a list); the rest as strings.
            if ($name -eq 'Nth') { $value = if ($value -is [System.Collections.IEnumerable] -and $value -isnot [string]) { , [int[]]@($value) } else { [int]$value } }
            elseif ($name -in 'DelayMs', 'RetryAfter') { $value = [int]$value }
            else { $value = [string]$value }
            $json[$names[$name]] = $value
        }
        $rules.Add($json)
    }
    # -InputObject keeps a one-rule list a list.
    $body = ConvertTo-Json -InputObject $rules.ToArray() -Depth 5 -Compress
    try {
        $answer = Invoke-RestMethod -Method Put -Uri "$($Store.HttpUrl)/__fakestore/script" -Body $body -ContentType 'application/json' -TimeoutSec 30
    }
    catch {
        $reason = Get-FakeStoreError $_
        throw "Set-WooFakeStoreScript: the store refused the script: $reason"
    }
    $answer.rules
}

function Clear-WooFakeStoreScript {
    <# .SYNOPSIS Ends the fake store's scripted faults (DELETE /__fakestore/script). #>
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Store)
    $null = Invoke-RestMethod -Method Delete -Uri "$($Store.HttpUrl)/__fakestore/script" -TimeoutSec 30
}

function Get-WooFakeStoreScript {
    <#
    .SYNOPSIS
        The fake store's scripted faults (GET /__fakestore/script): per rule its method, route, nth (null: every),
        action, delay_ms, retry_after, and what it did since it was set: matched (requests that matched its
        method and route), hits (those it acted on) and held (those it holds right now, in flight).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Store)
    (Invoke-RestMethod -Uri "$($Store.HttpUrl)/__fakestore/script" -TimeoutSec 30).rules
}

function Wait-WooFakeStoreHeld {
    <#
    .SYNOPSIS
        Waits until a scripted fault rule (its index in the script, from 0) holds at least -Count requests at once
        (slow-after, hold-after, hold-before): they are in flight, and a test may now cancel its client. Polls
        GET /__fakestore/script; -TimeoutSeconds only guards against a hang.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]$Store,
        [ValidateRange(0, 1000)][int]$Rule = 0,
        [ValidateRange(1, 100000)][int]$Count = 1,
        [ValidateRange(1, 600)][int]$TimeoutSeconds = 30
    )
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ($true) {
        $rules = @(Get-WooFakeStoreScript -Store $Store)
        if ($Rule -ge $rules.Count) { throw "Wait-WooFakeStoreHeld: the script has no rule $Rule (it has $($rules.Count), counted from 0)." }
        if ([int]$rules[$Rule].held -ge $Count) { return }
        if ([DateTime]::UtcNow -gt $deadline) {
            throw "Wait-WooFakeStoreHeld: rule $Rule held $($rules[$Rule].held) of $Count requests after $TimeoutSeconds s."
        }
        Start-Sleep -Milliseconds 20
    }
}

function Set-WooFakeStoreSku {
    <#
    .SYNOPSIS
        Gives a product or variation a SKU with no check (POST /__fakestore/products/{id}/sku), so two can share
        one as after an import, although the REST API refuses it; products?sku= then lists both.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]$Store,
        [Parameter(Mandatory)][ValidateRange(1, [long]::MaxValue)][long]$Id,
        [Parameter(Mandatory)][AllowEmptyString()][string]$Sku
    )
    $body = ConvertTo-Json -InputObject ([ordered]@{ sku = $Sku }) -Compress
    $uri = "$($Store.HttpUrl)/__fakestore/products/$($Id.ToString([System.Globalization.CultureInfo]::InvariantCulture))/sku"
    try {
        Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/json' -TimeoutSec 30
    }
    catch {
        $reason = Get-FakeStoreError $_
        throw "Set-WooFakeStoreSku: $reason"
    }
}

function Stop-WooFakeStore {
    <# .SYNOPSIS Kills the fake store's process tree and waits for it to end. Safe to call twice or with $null. #>
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][AllowNull()][object]$Store)
    process {
        if ($null -eq $Store) { return }
        $proc = if ($Store -is [System.Diagnostics.Process]) { $Store } else { $Store.Process }
        if ($null -eq $proc) { return }
        try {
            if (-not $proc.HasExited) { $proc.Kill($true) }
        }
        catch [System.InvalidOperationException] {
            # already exited / never started
        }
        try {
            if (-not $proc.WaitForExit(15000)) {
                Write-Warning "Fake store (pid $($proc.Id)) did not exit within 15 s after Kill."
            }
        }
        catch [System.InvalidOperationException] { }
    }
}

function New-TestSecret {
    <# .SYNOPSIS Plain string -> SecureString (for -ConsumerSecret). #>
    [CmdletBinding()]
    [OutputType([securestring])]
    param([Parameter(Mandatory)][AllowEmptyString()][string]$Plain)
    ConvertTo-SecureString -String $Plain -AsPlainText -Force
}

function Import-WooPSUnderTest {
    <# .SYNOPSIS Imports the built module named by $env:WOOPS_MODULE (out/WooPS/WooPS.psd1), forcing a reload. #>
    [CmdletBinding()]
    param([switch]$PassThru)
    $path = $env:WOOPS_MODULE
    if ([string]::IsNullOrWhiteSpace($path)) {
        throw 'WOOPS_MODULE is not set: it must hold the full path of out/WooPS/WooPS.psd1 (build.ps1 -Task Test sets it).'
    }
    if (-not (Test-Path -LiteralPath $path -PathType Leaf)) {
        throw "WOOPS_MODULE points to '$path', which does not exist. Run ./build.ps1 -Task Build first."
    }
    Import-Module -Name $path -Force -Global -ErrorAction Stop -PassThru:$PassThru
}

function New-DeadAddress {
    <#
    .SYNOPSIS
        An address where nothing answers: a loopback port the OS gives, bound but never listening, so a connection is
        refused at once and no other process takes the port meanwhile. Returns [pscustomobject]@{ Url; Socket };
        dispose .Socket when done.
    #>
    [CmdletBinding()]
    param()
    $socket = [System.Net.Sockets.Socket]::new([System.Net.Sockets.AddressFamily]::InterNetwork, [System.Net.Sockets.SocketType]::Stream, [System.Net.Sockets.ProtocolType]::Tcp)
    $socket.Bind([System.Net.IPEndPoint]::new([System.Net.IPAddress]::Loopback, 0))
    [pscustomobject]@{ Url = "http://127.0.0.1:$($socket.LocalEndPoint.Port)"; Socket = $socket }
}

Export-ModuleMember -Function Start-WooFakeStore, Stop-WooFakeStore, Get-WooFakeStoreRequest, Get-WooFakeStoreFault, New-TestSecret,
    Import-WooPSUnderTest, Get-DotnetHostPath, Get-NuGetPackagesFolder, New-DeadAddress, Wait-WooFakeStoreArrival,
    Set-WooFakeStoreScript, Clear-WooFakeStoreScript, Get-WooFakeStoreScript, Wait-WooFakeStoreHeld, Set-WooFakeStoreSku,
    Get-WooFakeStoreEmail
