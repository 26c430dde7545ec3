#Requires -Version 7.2
<#
.SYNOPSIS
    Builds, tests and demonstrates WooPS.

.DESCRIPTION
    Build  dotnet build WooPS.sln (the assemblies take their version from WooPS.psd1's ModuleVersion), then lays out
           the module in out/WooPS (WooPS.psd1, WooPS.dll, WooPS.format.ps1xml, LICENSE, examples/, en-US help; every other
           assembly in out/WooPS/lib) and publishes the fake store to out/FakeStore.
    Test   Build, then runs xunit (tests/WooPS.Tests, TRX in out/TestResults) and Pester 5.7.1 (tests/pester, through
           tests/pester/Invoke-PesterSuite.ps1 in a child pwsh) and prints ONE closing line
           "N passed, N failed, N skipped" (both suites summed).
           A suite that did not run, crashed or ran zero tests counts as 1 failure. Exit code 1 on any failure.
    Package
           Build, then tools/New-WooPSPackage.ps1: the module without pdbs in out/package/WooPS/<version>/, published
           with PSResourceGet (Publish-PSResource, in a child pwsh with a home of its own, so the user's PSResourceGet
           configuration is untouched and nothing leaves the machine) to the local file repository
           out/package/repository/ as WooPS.<version>.nupkg. Install it with
           Install-PSResource WooPS -Repository <a repository registered at that folder>.
    Demo   Build, then starts the fake store and runs tests/demo/Demo.ps1, a short transcript-style demo of the cmdlets,
           in a child pwsh.
    Bench  Build, then runs the benchmarks -Bench names (all six by default), each in a child pwsh (all but Import
           against a delayed fake store); they print numbers and assert nothing. Paging (bench/Measure-Paging.ps1):
           listing all products with Get-WooProduct against a hand-written Invoke-RestMethod loop. Lookups (bench/Measure-Lookups.ps1):
           products named by piped ids and SKUs against -Include and one request per id. Writes
           (bench/Measure-Writes.ps1): stock and price updates from a CSV by SKU with Set-WooProduct against one
           Invoke-RestMethod -Method Put per row, and a feed where few rows differ with and without -SkipUnchanged.
           Orders (bench/Measure-Orders.ps1): every order exported to a CSV with Get-WooOrder against an
           Invoke-RestMethod loop over the pages, and status changes from a CSV with Set-WooOrder against one
           Invoke-RestMethod -Method Put per row. Import (bench/Measure-Import.ps1): whole processes
           pwsh -NoProfile -c 'Import-Module <built module>' against pwsh -NoProfile -c '1', alternating, beside a
           trivial binary module and WooPS without its views. Concurrency (bench/Measure-Concurrency.ps1): the
           session's adaptive limit on requests in flight against fixed MaxConcurrency 1, 2, 3, 4, 8 and 16, listing
           10,000 products and 1,000 updates by SKU, on a small host, a far store and a rate-limited store
           (-StoreProfile, -Fixed, -Rows, -Workers, -OverflowStatus, -FarDelayMs, -RateDelayMs, -RateLimit).
           Any other arguments go to each benchmark that declares them: -Runs R (all), -DelayMs 0,150
           -MaxConcurrency C (all but Import), -Products N (Paging, Lookups), -Ids K (Lookups), -Rows N -BulkRows N
           -ChangedRows K (Writes, whose store is sized to its rows), -LoopRows K (Writes, Orders), -Orders N -Changes K (Orders).

.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Package

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Products 1000 -DelayMs 0,50 -Runs 2

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Lookups -Ids 250

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Writes -DelayMs 150 -LoopRows 1000

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Orders -Runs 1

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Import -Runs 21

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Bench Concurrency -StoreProfile SmallHost -Runs 1
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo', 'Bench')][string]$Task = 'Build',
    [string]$Configuration = 'Release',
    # -Task Bench only: which benchmarks to run.
    [ValidateSet('Paging', 'Lookups', 'Writes', 'Orders', 'Import', 'Concurrency')][string[]]$Bench = @('Paging', 'Lookups', 'Writes', 'Orders', 'Import', 'Concurrency'),
    # -Task Bench only: the benchmarks' own arguments (-Products, -DelayMs, -Runs, -MaxConcurrency, -Ids, -Rows,
    # -LoopRows, -BulkRows, -ChangedRows, -Orders, -Changes), passed through.
    [Parameter(ValueFromRemainingArguments)][object[]]$BenchArguments = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ProgressPreference = 'SilentlyContinue'

$script:Root = $PSScriptRoot
$script:OutDir = Join-Path $Root 'out'
$script:ModuleOut = Join-Path $OutDir 'WooPS'
$script:FakeStoreOut = Join-Path $OutDir 'FakeStore'
# What the tests, the demo and the bench run against (their WOOPS_MODULE and WOOPS_FAKESTORE).
$script:ModuleManifestOut = Join-Path $ModuleOut 'WooPS.psd1'
$script:FakeStoreDll = Join-Path $FakeStoreOut 'WooPS.FakeStore.dll'
$script:ResultsDir = Join-Path $OutDir 'TestResults'
$script:IsCI = -not [string]::IsNullOrEmpty($env:CI) -and $env:CI -notin @('0', 'false', 'False')
$script:Plain = $IsCI -or [Console]::IsOutputRedirected -or -not [string]::IsNullOrEmpty($env:NO_COLOR)

# pwsh writes ANSI colour even into pipes; CI parses our output.
if ($Plain) { $PSStyle.OutputRendering = 'PlainText' }

$env:DOTNET_NOLOGO = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
$env:DOTNET_GENERATE_ASPNET_CERTIFICATE = 'false'
if ($IsCI) {
    # No MSBuild nodes / compiler servers lingering after the build (they would hold CI's output pipe open).
    $env:MSBUILDDISABLENODEREUSE = '1'
    $env:DOTNET_CLI_USE_MSBUILD_SERVER = '0'
    $env:UseSharedCompilation = 'false'
}

function Write-Step([string]$Text) {
    Write-Host ''
    Write-Host "==> $Text"
}

# Helpers shared with the tests, the demo and the bench: Get-DotnetHostPath, Get-NuGetPackagesFolder, Start-/Stop-WooFakeStore.
Import-Module (Join-Path $Root 'tests/pester/TestHelpers.psm1') -Force
$script:Dotnet = Get-DotnetHostPath

function Invoke-Dotnet {
    <# Runs dotnet with the given arguments, output straight to our console; throws on a non-zero exit code. #>
    param([Parameter(Mandatory)][string[]]$Arguments)
    Write-Host "> dotnet $($Arguments -join ' ')"
    & $Dotnet @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE." }
}

function Invoke-Watched {
    <#
        Starts a process that shares our stdout/stderr (its output streams as it runs) and waits for it at most
        $TimeoutMinutes; on timeout the whole process tree is killed. Returns the exit code (-1 on timeout).
    #>
    param(
        [Parameter(Mandatory)][string]$FilePath,
        [Parameter(Mandatory)][string[]]$Arguments,
        [Parameter(Mandatory)][double]$TimeoutMinutes,
        [hashtable]$Environment = @{}
    )
    $shown = ($Arguments | ForEach-Object { if ($_ -match '\s') { "'$_'" } else { $_ } }) -join ' '
    Write-Host "> $([System.IO.Path]::GetFileNameWithoutExtension($FilePath)) $shown"
    $psi = [System.Diagnostics.ProcessStartInfo]::new($FilePath)
    $psi.UseShellExecute = $false
    $psi.WorkingDirectory = $Root
    foreach ($a in $Arguments) { $psi.ArgumentList.Add($a) }
    foreach ($k in $Environment.Keys) { $psi.Environment[$k] = [string]$Environment[$k] }
    $p = [System.Diagnostics.Process]::Start($psi)
    try {
        if (-not $p.WaitForExit([int]($TimeoutMinutes * 60000))) {
            Write-Host "!! $([System.IO.Path]::GetFileName($FilePath)) did not finish within $TimeoutMinutes min: killing it."
            try { $p.Kill($true) } catch { }
            [void]$p.WaitForExit(15000)
            return -1
        }
        $p.WaitForExit()   # flush
        return $p.ExitCode
    }
    finally { $p.Dispose() }
}

function Invoke-Build {
    Write-Step "Building WooPS.sln ($Configuration)"
    $buildArgs = @('build', (Join-Path $Root 'WooPS.sln'), '-c', $Configuration, '-nologo')
    if ($IsCI) { $buildArgs += '--disable-build-servers' }
    Invoke-Dotnet $buildArgs

    Write-Step "Laying out the module in $ModuleOut"
    $manifest = Join-Path $Root 'WooPS.psd1'
    if (-not (Test-Path -LiteralPath $manifest -PathType Leaf)) { throw "Module manifest not found: $manifest" }
    $bin = Join-Path $Root "src/WooPS/bin/$Configuration/netstandard2.0"
    $mainDll = Join-Path $bin 'WooPS.dll'
    if (-not (Test-Path -LiteralPath $mainDll -PathType Leaf)) { throw "Build output not found: $mainDll" }

    if (Test-Path -LiteralPath $ModuleOut) { Remove-Item -LiteralPath $ModuleOut -Recurse -Force }
    $lib = Join-Path $ModuleOut 'lib'
    $null = New-Item -ItemType Directory -Path $lib -Force

    Copy-Item -LiteralPath $manifest -Destination $ModuleOut
    Copy-Item -LiteralPath (Join-Path $Root 'LICENSE') -Destination $ModuleOut   # the license the manifest's Copyright names
    Copy-Item -LiteralPath (Join-Path $Root 'examples') -Destination $ModuleOut -Recurse   # job scripts, so an installed module has them
    Copy-Item -LiteralPath $mainDll -Destination $ModuleOut
    $mainPdb = Join-Path $bin 'WooPS.pdb'
    if (Test-Path -LiteralPath $mainPdb) { Copy-Item -LiteralPath $mainPdb -Destination $ModuleOut }
    Copy-Item -LiteralPath (Join-Path $Root 'src/WooPS/WooPS.format.ps1xml') -Destination $ModuleOut   # the manifest's FormatsToProcess
    $help = Join-Path $Root 'src/WooPS/en-US'
    if (Test-Path -LiteralPath $help -PathType Container) {
        Copy-Item -LiteralPath $help -Destination $ModuleOut -Recurse
    }

    # Every other assembly (WooPS.Core + package dependencies, with their pdbs and any runtimes/ or satellite
    # sub-folders) goes to lib/, which the module loads through its own AssemblyLoadContext.
    # Never WooPS.dll/pdb (next to the psd1) and never System.Management.Automation (PowerShell's own).
    $binFull = (Resolve-Path -LiteralPath $bin).ProviderPath
    $libFiles = Get-ChildItem -LiteralPath $binFull -Recurse -File | Where-Object {
        $rel = [System.IO.Path]::GetRelativePath($binFull, $_.FullName)
        $_.Extension -in '.dll', '.pdb', '.so', '.dylib' -and
        $rel -notin 'WooPS.dll', 'WooPS.pdb' -and
        $_.BaseName -ne 'System.Management.Automation'
    }
    foreach ($file in $libFiles) {
        $rel = [System.IO.Path]::GetRelativePath($binFull, $file.FullName)
        $dest = Join-Path $lib $rel
        $destDir = Split-Path -Parent $dest
        if (-not (Test-Path -LiteralPath $destDir)) { $null = New-Item -ItemType Directory -Path $destDir -Force }
        Copy-Item -LiteralPath $file.FullName -Destination $dest
    }
    if (-not (Test-Path -LiteralPath (Join-Path $lib 'WooPS.Core.dll'))) {
        throw "WooPS.Core.dll is missing from $bin (expected it as a dependency of WooPS.dll)."
    }

    # Cmdlet help: src/WooPS/help/*.md -> out/WooPS/en-US/WooPS.dll-Help.xml. The converter imports the built
    # module (so it runs in a child pwsh) and throws when the help is stale; that fails the build.
    $helpConverter = Join-Path $Root 'src/WooPS/help/ConvertTo-MamlHelp.ps1'
    if (Test-Path -LiteralPath $helpConverter -PathType Leaf) {
        Write-Step 'Generating cmdlet help (WooPS.dll-Help.xml)'
        $maml = Join-Path $ModuleOut 'en-US/WooPS.dll-Help.xml'
        $code = Invoke-Watched -FilePath $Dotnet -TimeoutMinutes 3 -Arguments @(
            'pwsh', '-NoProfile', '-NonInteractive', '-File', $helpConverter,
            '-HelpFolder', (Split-Path -Parent $helpConverter),
            '-ModuleManifest', $ModuleManifestOut,
            '-OutputFile', $maml)
        if ($code -ne 0) { throw "Help generation ($helpConverter) failed with exit code $code." }
        if (-not (Test-Path -LiteralPath $maml -PathType Leaf)) { throw "Help generation wrote no $maml." }
    }

    Write-Step "Publishing the fake store to $FakeStoreOut"
    if (Test-Path -LiteralPath $FakeStoreOut) { Remove-Item -LiteralPath $FakeStoreOut -Recurse -Force }
    Invoke-Dotnet @('publish', (Join-Path $Root 'tests/WooPS.FakeStore/WooPS.FakeStore.csproj'),
        '-c', $Configuration, '-o', $FakeStoreOut, '--no-build', '-nologo')
    if (-not (Test-Path -LiteralPath $FakeStoreDll -PathType Leaf)) { throw "Fake store not found after publish: $FakeStoreDll" }

    Write-Host ''
    Write-Host "Module:     $ModuleManifestOut"
    Write-Host "Fake store: dotnet $FakeStoreDll"
}

function Get-PesterManifest {
    Write-Step 'Restoring Pester 5.7.1'
    Invoke-Dotnet @('restore', (Join-Path $Root 'tests/pester/PesterRestore.csproj'), '-nologo')
    $psd1 = Join-Path (Get-NuGetPackagesFolder) 'pester/5.7.1/tools/Pester.psd1'
    if (-not (Test-Path -LiteralPath $psd1 -PathType Leaf)) { throw "Pester 5.7.1 not found after restore: no $psd1" }
    $psd1
}

function Invoke-XunitSuite {
    <# Returns @{ Passed; Failed; Skipped; Ran } from the TRX. #>
    Write-Step 'xunit: tests/WooPS.Tests'
    $trxName = 'xunit.trx'
    $trx = Join-Path $ResultsDir $trxName
    # --blame-hang-timeout: a single test running > 2 min gets the test host killed, but the TRX is still written
    # (with what ran) and the hanging test is named. The outer watchdog is the last resort.
    $code = Invoke-Watched -FilePath $Dotnet -TimeoutMinutes 7 -Arguments @(
        'test', (Join-Path $Root 'tests/WooPS.Tests/WooPS.Tests.csproj'), '-c', $Configuration, '--no-build', '--nologo',
        '--logger', "trx;LogFileName=$trxName", '--logger', 'console;verbosity=normal',
        '--results-directory', $ResultsDir, '--blame-hang-timeout', '2m', '--blame-hang-dump-type', 'none')

    $r = @{ Passed = 0; Failed = 0; Skipped = 0; Ran = $false; Note = '' }
    if (-not (Test-Path -LiteralPath $trx -PathType Leaf)) {
        $r.Note = "no TRX written (dotnet test exit code $code)"
        return $r
    }
    [xml]$doc = Get-Content -LiteralPath $trx -Raw
    $results = @($doc.SelectNodes("//*[local-name()='UnitTestResult']"))
    foreach ($n in $results) {
        switch ($n.GetAttribute('outcome')) {
            'Passed' { $r.Passed++ }
            'NotExecuted' { $r.Skipped++ }
            'Inconclusive' { $r.Skipped++ }
            default { $r.Failed++ }   # Failed, Error, Timeout, Aborted, ...
        }
    }
    $r.Ran = $results.Count -gt 0

    # A test that hung (killed by --blame-hang-timeout) or crashed the host is not in the TRX; the blame
    # collector's Sequence_*.xml lists it with Completed="False". Count each such test as a failure.
    $incomplete = @(Get-ChildItem -LiteralPath $ResultsDir -Recurse -File -Filter 'Sequence_*.xml' | ForEach-Object {
            [xml]$seq = Get-Content -LiteralPath $_.FullName -Raw
            $seq.SelectNodes("//*[local-name()='Test'][@Completed='False']") | ForEach-Object { $_.GetAttribute('Name') }
        } | Sort-Object -Unique)
    if ($incomplete.Count) {
        $r.Ran = $true
        $r.Failed += $incomplete.Count
        $r.Note = "did not complete (hung or crashed the test host): $($incomplete -join ', ')"
        Write-Host "!! xunit: test(s) that never completed: $($incomplete -join ', ')"
    }

    if (-not $r.Ran -and -not $incomplete.Count) { $r.Note = "TRX has no test results (dotnet test exit code $code)" }
    elseif ($code -ne 0 -and $r.Failed -eq 0) {
        # e.g. test host crashed after some tests, or the run was aborted / timed out
        $r.Failed++
        $r.Note = "dotnet test exited with code $code although no test failed: counted as 1 failure"
    }
    $r
}

function Invoke-PesterSuite {
    param([Parameter(Mandatory)][string]$PesterManifest)
    Write-Step 'Pester: tests/pester'
    $runner = Join-Path $Root 'tests/pester/Invoke-PesterSuite.ps1'
    $resultFile = Join-Path $ResultsDir 'pester-result.json'
    if (Test-Path -LiteralPath $resultFile) { Remove-Item -LiteralPath $resultFile -Force }

    $pwshArgs = @('pwsh', '-NoProfile', '-NonInteractive', '-File', $runner,
        '-PesterManifest', $PesterManifest, '-TestPath', (Join-Path $Root 'tests/pester'), '-ResultFile', $resultFile)
    if ($Plain) { $pwshArgs += '-Plain' }
    $code = Invoke-Watched -FilePath $Dotnet -TimeoutMinutes 9 -Arguments $pwshArgs -Environment @{
        WOOPS_MODULE    = $ModuleManifestOut
        WOOPS_FAKESTORE = $FakeStoreDll
    }

    $r = @{ Passed = 0; Failed = 0; Skipped = 0; Ran = $false; Note = '' }
    if (-not (Test-Path -LiteralPath $resultFile -PathType Leaf)) {
        $r.Note = "the Pester child wrote no result (exit code $code)"
        return $r
    }
    $j = Get-Content -LiteralPath $resultFile -Raw | ConvertFrom-Json
    $r.Passed = [int]$j.Passed
    $r.Failed = [int]$j.Failed
    $r.Skipped = [int]$j.Skipped
    $r.Ran = ([int]$j.Total + @($j.FailedContainers).Count) -gt 0
    if (-not $r.Ran) { $r.Note = 'Pester discovered zero tests' }
    elseif ($code -ne 0 -and $r.Failed -eq 0) {
        $r.Failed++
        $r.Note = "the Pester child exited with code $code although no test failed: counted as 1 failure"
    }
    $notes = @()
    if (@($j.FailedContainers).Count) { $notes += "test files that failed to load/run: $(@($j.FailedContainers) -join ', ')" }
    if (@($j.FailedBlocks).Count) { $notes += "BeforeAll/AfterAll failures counted as failures: $(@($j.FailedBlocks) -join ', ')" }
    if ([int]$j.NotRun) { $notes += "$($j.NotRun) tests not run, counted as failures" }
    if ($notes) { $r.Note = (@($r.Note) + $notes | Where-Object { $_ }) -join '; ' }
    $r
}

function Invoke-Test {
    $suites = [ordered]@{}
    $buildError = $null
    try { Invoke-Build }
    catch { $buildError = $_ }

    if ($buildError) {
        Write-Host "!! Build failed: $($buildError.Exception.Message)"
        $suites['xunit'] = @{ Passed = 0; Failed = 0; Skipped = 0; Ran = $false; Note = 'not run: build failed' }
        $suites['Pester'] = @{ Passed = 0; Failed = 0; Skipped = 0; Ran = $false; Note = 'not run: build failed' }
    }
    else {
        if (Test-Path -LiteralPath $ResultsDir) { Remove-Item -LiteralPath $ResultsDir -Recurse -Force }
        $null = New-Item -ItemType Directory -Path $ResultsDir -Force

        try { $suites['xunit'] = Invoke-XunitSuite }
        catch { $suites['xunit'] = @{ Passed = 0; Failed = 0; Skipped = 0; Ran = $false; Note = "harness error: $_" } }

        try { $suites['Pester'] = Invoke-PesterSuite -PesterManifest (Get-PesterManifest) }
        catch { $suites['Pester'] = @{ Passed = 0; Failed = 0; Skipped = 0; Ran = $false; Note = "harness error: $_" } }
    }

    Write-Step 'Summary'
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($name in $suites.Keys) {
        $s = $suites[$name]
        if (-not $s.Ran) { $s.Failed++ }   # a suite that did not run, or ran zero tests, is a failure
        $passed += $s.Passed; $failed += $s.Failed; $skipped += $s.Skipped
        $line = '{0,-7} {1} passed, {2} failed, {3} skipped' -f "${name}:", $s.Passed, $s.Failed, $s.Skipped
        if ($s.Note) { $line += "  ($($s.Note))" }
        Write-Host $line
    }
    # The closing line CI reads: alone on its line, nothing after it.
    [Console]::Out.WriteLine()
    [Console]::Out.WriteLine("$passed passed, $failed failed, $skipped skipped")
    [Console]::Out.Flush()
    if ($failed -gt 0) { exit 1 }
    exit 0
}

function Invoke-Package {
    Invoke-Build
    Write-Step 'Packaging (tools/New-WooPSPackage.ps1)'
    $package = & (Join-Path $Root 'tools/New-WooPSPackage.ps1') -ModulePath $ModuleOut -OutputPath (Join-Path $OutDir 'package')
    Write-Host ''
    Write-Host "Module folder: $($package.ModuleFolder)"
    Write-Host "Package:       $($package.Package)"
}

function Invoke-Demo {
    Invoke-Build
    Write-Step 'Demo'
    $env:WOOPS_FAKESTORE = $FakeStoreDll   # for Start-WooFakeStore, here

    $store = $null
    $code = $null
    try {
        $store = Start-WooFakeStore -Products 25 -Customers 3 -Orders 24
        Write-Host "Fake store: $($store.HttpUrl)  $($store.HttpsUrl)"
        $kv = $store.Keys.read_write
        $demoEnv = @{
            WOOPS_MODULE        = $ModuleManifestOut
            WOO_HTTPS_URL       = $store.HttpsUrl
            WOO_HTTP_URL        = $store.HttpUrl
            WOO_CONSUMER_KEY    = $kv.key
            WOO_CONSUMER_SECRET = $kv.secret    # environment only: never on a command line, never echoed
        }
        if ($Plain) { $demoEnv['WOO_DEMO_PLAIN'] = '1' }
        $code = Invoke-Watched -FilePath $Dotnet -TimeoutMinutes 5 -Environment $demoEnv `
            -Arguments @('pwsh', '-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'tests/demo/Demo.ps1'))
    }
    finally {
        if ($store) { Stop-WooFakeStore -Store $store; Write-Host 'Fake store stopped.' }
    }
    if ($code -ne 0) { throw "The demo failed (exit code $code)." }
}

function Invoke-Bench {
    Invoke-Build
    # Through -File every argument is one word: a list (-DelayMs 0,150 given from PowerShell) goes as "0,150",
    # which the bench scripts split.
    $passed = @(foreach ($a in $BenchArguments) {
        if ($a -is [System.Collections.IList]) { ($a | ForEach-Object { [string]$_ }) -join ',' } else { [string]$a }
    })
    $benchEnv = @{
        WOOPS_MODULE    = $ModuleManifestOut
        WOOPS_FAKESTORE = $FakeStoreDll
    }
    if ($Plain) { $benchEnv['NO_COLOR'] = '1' }
    foreach ($name in $Bench) {
        $script = Join-Path $Root "bench/Measure-$name.ps1"
        # A benchmark gets the arguments it declares (-Ids is Lookups' alone, -Products not Writes').
        $declared = (Get-Command $script).Parameters.Keys
        $own = [System.Collections.Generic.List[string]]::new()
        for ($i = 0; $i -lt $passed.Count; $i++) {
            if ($passed[$i] -match '^-(\w+)$' -and $declared -notcontains $Matches[1]) { $i++; continue }
            $own.Add($passed[$i])
        }
        Write-Step "Bench: bench/Measure-$name.ps1"
        $code = Invoke-Watched -FilePath $Dotnet -TimeoutMinutes 120 -Environment $benchEnv `
            -Arguments (@('pwsh', '-NoProfile', '-NonInteractive', '-File', $script) + $own)
        if ($code -ne 0) { throw "The $name bench failed (exit code $code)." }
    }
}

try {
    if ($Task -ne 'Bench' -and $BenchArguments.Count) {
        throw "Unknown argument(s) for -Task ${Task}: $(($BenchArguments | ForEach-Object { "$_" }) -join ' ') (only -Task Bench passes arguments on)."
    }
    switch ($Task) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'Package' { Invoke-Package }
        'Demo' { Invoke-Demo }
        'Bench' { Invoke-Bench }
    }
}
catch {
    Write-Host "!! $Task failed: $($_.Exception.Message)"
    $thrownByUs = $_.Exception -is [System.Management.Automation.RuntimeException] -and $_.Exception.WasThrownFromThrowStatement
    if (-not $thrownByUs -and $_.InvocationInfo -and $_.InvocationInfo.PositionMessage) { Write-Host $_.InvocationInfo.PositionMessage }
    exit 1
}
