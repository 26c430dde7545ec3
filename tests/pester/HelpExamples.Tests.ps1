#Requires -Version 7.2
<#
    Every example of the help runs: the examples of each cmdlet's markdown help (src/WooPS/help/<Cmdlet>.md, which the
    build turns into the cmdlet's Get-Help examples) and the code blocks of about_WooPS. One test case per example,
    named "<Cmdlet> example <N>: <title>". (HelpExampleReader.psm1 says what counts as an example and its code.)

    How an example runs
      - One fake store per help file, started while the file before runs (Start-WooFakeStore -Products 25 -Orders 24: products 10-50, variable products 17,
        31 and 44 with their variations, coupons save001 cart002 item003, customers 2-4 (customer1@example.com, ...),
        orders 54-80), so that what one file's examples change does not reach another file's; the examples of a file
        run in their order against it.
      - Each example in a fresh runspace: the built module imported, $ErrorActionPreference = 'Stop', a default
        session connected (Connect-WooStore with the WOO_* variables below), and as working directory a fresh copy of
        the fixture folder (below).
      - The store URL: the examples write https://shop.example.com (and other hosts under example.com or .internal,
        http or https): each such URL is replaced by the fake store's URL, on plain http, so Connect-WooStore signs
        with OAuth 1.0a there as over any http store.
      - Environment: WOO_STORE_URL, WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET hold the fake store's URL and its
        read/write key, as a scheduled job's environment would; the folder of the built module is first in
        PSModulePath, as for an installed module (ForEach-Object -Parallel and thread jobs import WooPS by name).
      - Variables: $cred (and $liveCred, $stagingCred for the examples with two stores) is a PSCredential of that key
        (user name = consumer key, password = consumer secret), as Get-Credential would give it.
      - Fixture: the working directory holds the files the examples read (skus.csv, stock.csv, coupons.csv, ...), each
        with the content its example shows (Get-Content ./x.csv), set out in $fixtureFiles below.
    Fails on any error: one that ended the example, one written to its error stream, or one in $Error (caught or
    silenced ones included), unless the example declares it (<!-- example-errors: Woo.x -->): then exactly the declared
    ids must occur. An example that needs what the fake store cannot give (a SecretManagement vault, an interactive
    console, a real certificate) says so (<!-- example-needs: why -->) and is skipped with that reason; few may be.
    Also checked without a store: at least two examples for every exported cmdlet (from the module, so a cmdlet added
    later is held to it too), and code alone in the code: no line that looks like output.
#>

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'HelpExampleReader.psm1') -Force
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:helpFiles = @(
        Get-ChildItem -LiteralPath (Join-Path $root 'src/WooPS/help') -Filter '*.md' | Sort-Object Name | ForEach-Object {
            @{ File = $_.Name; Examples = @(Get-MarkdownHelpExample -Path $_.FullName) }
        }
        @{ File = 'about_WooPS.help.txt'; Examples = @(Get-AboutHelpExample -Path (Join-Path $root 'src/WooPS/en-US/about_WooPS.help.txt')) }
    )
    foreach ($f in $helpFiles) {
        $f.Cases = @($f.Examples | ForEach-Object { @{ Example = $_; Name = "$($_.Source) example $($_.Number): $($_.Title -replace '^Example \d+:\s*')" } })
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'HelpExampleReader.psm1') -Force
    $script:module = Import-WooPSUnderTest -PassThru
    $script:root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $script:helpFolder = Join-Path $root 'src/WooPS/help'
    $script:aboutFile = Join-Path $root 'src/WooPS/en-US/about_WooPS.help.txt'

    $script:fixture = Join-Path ([System.IO.Path]::GetTempPath()) "woops-help-fixture-$PID"
    $null = New-Item -ItemType Directory -Path $fixture -Force
    # The fixture: the files the examples read, as the help shows them (their names are the examples' own).
    $fixtureFiles = [ordered]@{
        'skus.csv' = @'
sku
WOO-SIMPLE-0012
WOO-VAR-0001-R-M
WOO-SIMPLE-0003
'@
        'ids.txt' = @'
12
10
11
15
'@
        'product-ids.txt' = @'
17
31
'@
        'codes.txt' = @'
save001
CART002
'@
        'stock.csv' = @'
sku,stock_quantity
WOO-SIMPLE-0001,12
WOO-SIMPLE-0002,0
WOO-SIMPLE-0003,7
WOO-VAR-0001-R-M,25
'@
        'prices.csv' = @'
sku,regular_price
WOO-SIMPLE-0004,19.90
WOO-SIMPLE-0005,24.50
WOO-SIMPLE-0006,9.95
'@
        'shipped.csv' = @'
order_id,note
54,"Shipped with DHL, tracking 00340434161094042557."
55,"Shipped with UPS, tracking 1Z999AA10123456784."
'@
        'new-products.csv' = @'
sku,name,regular_price,Category
MUG-LOGO,Logo Mug,12.50,Accessories
CAP-LOGO,Logo Cap,18.00,Clothing
'@
        'products.csv' = @'
id,sku,name,parent_id
17,WOO-VAR-0001,Variable Tee 0001,0
31,WOO-VAR-0002,Variable Tee 0002,0
'@
        'coupons.csv' = @'
code,discount_type,amount,usage_limit,date_expires
WELCOME5,fixed_cart,5,1,2027-06-30
SAVE001,percent,10,,
BULK20,percent,abc,,2027-03-31
SHIPFREE,fixed_cart,0,,
'@
        'coupon-changes.csv' = @'
code,amount,usage_limit,minimum_amount
save001,10,100,
CART002,7.50,,50
item003,2.5,,
winter5,5,,
'@
        'new-customers.csv' = @'
email,first_name,last_name,city,postcode,country,phone
gina@example.com,Gina,Green,Oslo,0150,NO,+47 22 00 00 00
customer2@example.com,Bob,Brown,Portland,97201,US,555-0102
hal.example.com,Hal,Hill,Bergen,5003,NO,
'@
        'email-fixes.csv' = @'
id,email
2,alice.anderson@example.com
4,carol.clark@example.com
'@
        'crm.csv' = @'
email,first_name,last_name
alice.anderson@example.com,Alice,Anderson
CUSTOMER2@example.com,Robert,Brown
carol.clark@example.com,Carol,Clarke
'@
        'leavers.txt' = @'
3
4
'@
        'retry.csv' = @'
sku,stock_quantity
WOO-SIMPLE-0002,3
'@
        'gifts.csv' = @'
name,sku,regular_price
Gift Box Small,GIFT-BOX-S,4.90
Gift Box Large,GIFT-BOX-L,7.90
Gift Card,,25.00
'@
        'categories.csv' = @'
name,slug,parent
Kitchen,kitchen,
Cookware,cookware,kitchen
Tableware,tableware,kitchen
'@
        'product-categories.csv' = @'
sku,Category,Tag
WOO-SIMPLE-0003,Clothing; T-Shirts,sale
WOO-SIMPLE-0004,Home & Garden,new; gift
'@
        'tags.csv' = @'
name,slug,description
Organic,organic,
Fair trade,fair-trade,Certified fair trade.
'@
        'tag-descriptions.csv' = @'
id,description
22,Reduced for a short time.
23,Just arrived.
24,
'@
        'old-tag-ids.txt' = @'
27
28
'@
        'variations.csv' = @'
product_id,attributes,sku,regular_price,manage_stock,stock_quantity
17,Color=Green; Size=M,WOO-VAR-0001-G-M,19.85,true,12
17,Color=Blue; Size=L,WOO-VAR-0001-B-L,17.85,true,8
31,Color=Green; Size=M,WOO-VAR-0002-G-M2,14.25,true,5
'@
        'variation-stock.csv' = @'
sku,stock_quantity
WOO-VAR-0001-R-M,20
WOO-VAR-0001-B-M,16
WOO-VAR-0001-R-L,12
WOO-SIMPLE-0003,4
'@
        'discontinued.txt' = @'
WOO-SIMPLE-0017
WOO-SIMPLE-0018
WOO-SIMPLE-0099
'@
        'supplier.csv' = @'
sku,price,qty
WOO-SIMPLE-0003,125.00,27
WOO-SIMPLE-0019,99.00,30
'@
    }
    foreach ($name in $fixtureFiles.Keys) { Set-Content -LiteralPath (Join-Path $fixture $name) -Value $fixtureFiles[$name] -Encoding utf8NoBOM }

    # The built module's folder first in PSModulePath, as for an installed module: parallel runspaces import it by name.
    $script:savedEnvironment = @{}
    foreach ($n in 'PSModulePath', 'WOO_STORE_URL', 'WOO_CONSUMER_KEY', 'WOO_CONSUMER_SECRET') { $savedEnvironment[$n] = [Environment]::GetEnvironmentVariable($n) }
    $moduleParent = Split-Path -Parent (Split-Path -Parent $module.Path)
    $env:PSModulePath = $moduleParent + [System.IO.Path]::PathSeparator + $env:PSModulePath

    function Invoke-HelpExample {
        <# Runs one example's code in a fresh runspace; returns @{ Errors = ErrorRecord[]; TimedOut; Output }. #>
        param($Example, $Store)
        $work = Join-Path ([System.IO.Path]::GetTempPath()) "woops-help-$PID-$([guid]::NewGuid().ToString('n'))"
        Copy-Item -LiteralPath $fixture -Destination $work -Recurse
        $code = [regex]::Replace($Example.Code, '\bhttps?://[A-Za-z0-9.-]+\.(example\.com|internal)(:\d+)?', $Store.HttpUrl)
        $runspace = [runspacefactory]::CreateRunspace()
        $runspace.Open()
        $ps = [powershell]::Create($runspace)
        try {
            $null = $ps.AddScript({
                    param($ModulePath, $WorkFolder, $Key, $Secret)
                    $PSStyle.OutputRendering = 'PlainText'
                    Import-Module $ModulePath -ErrorAction Stop
                    Set-Location -LiteralPath $WorkFolder
                    $global:cred = [pscredential]::new($Key, (ConvertTo-SecureString $Secret -AsPlainText -Force))
                    $global:liveCred = $global:stagingCred = $global:cred
                    Connect-WooStore -WarningAction SilentlyContinue -ErrorAction Stop
                    $global:ErrorActionPreference = 'Stop'
                    $global:Error.Clear()
                }).AddParameters(@{ ModulePath = $module.Path; WorkFolder = $work; Key = $Store.Keys.read_write.key; Secret = $Store.Keys.read_write.secret }).Invoke()
            $ps.Commands.Clear()
            $null = $ps.AddScript($code)
            $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
            $errors = [System.Collections.Generic.List[System.Management.Automation.ErrorRecord]]::new()
            $ended = $null
            $async = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $output)
            $timedOut = -not $async.AsyncWaitHandle.WaitOne([TimeSpan]::FromSeconds(60))
            if ($timedOut) { $ps.Stop() }
            else {
                try { $null = $ps.EndInvoke($async) }
                catch { $ended = $_ }
            }
            foreach ($e in $ps.Streams.Error) { $errors.Add($e) }
            $ps.Commands.Clear()
            $ps.Streams.Error.Clear()
            foreach ($e in @($ps.AddScript('$global:Error').Invoke())) { if ($e -is [System.Management.Automation.ErrorRecord]) { $errors.Add($e) } }
            # The error that ended the example is in $Error as it was raised; EndInvoke wraps it (ActionPreferenceStop,
            # CmdletInvocation), so its own record counts only when $Error has none.
            if ($ended -and $errors.Count -eq 0) { $errors.Add($ended) }
            @{ Errors = $errors; TimedOut = $timedOut; Output = $output }
        }
        finally {
            $ps.Dispose()
            $runspace.Dispose()
            Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
        }
    }

    # The store every help file's examples start from (see the top of this file).
    # A new store answers its first requests slowly (it compiles as it goes): a few reads, which change nothing, warm it.
    $script:startStore = {
        param($Helpers, $ModulePath)
        Import-Module $Helpers
        $store = Start-WooFakeStore -Products 25 -Orders 24
        Import-Module $ModulePath
        $secret = ConvertTo-SecureString $store.Keys.read_write.secret -AsPlainText -Force
        $session = Connect-WooStore -Url $store.HttpUrl -ConsumerKey $store.Keys.read_write.key -ConsumerSecret $secret -PassThru -WarningAction SilentlyContinue
        $null = Get-WooProduct -Session $session -First 1 -Sku WOO-SIMPLE-0001, WOO-SIMPLE-0002
        $null = Get-WooOrder -Session $session -First 1
        $null = Get-WooProductCategory -Session $session -First 1
        Disconnect-WooStore -Session $session
        $store
    }
    $script:helpers = Join-Path $PSScriptRoot 'TestHelpers.psm1'
    $script:nextStore = $null

    function Get-ErrorId([System.Management.Automation.ErrorRecord]$Record) {
        ($Record.FullyQualifiedErrorId -split ',')[0]
    }
}

AfterAll {
    if ($nextStore) { Receive-Job $nextStore -Wait -AutoRemoveJob | Stop-WooFakeStore }
    foreach ($n in $savedEnvironment.Keys) { [Environment]::SetEnvironmentVariable($n, $savedEnvironment[$n]) }
    Remove-Item -LiteralPath $fixture -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'The help examples, as a whole' {
    BeforeAll {
        $script:all = @(Get-ChildItem -LiteralPath $helpFolder -Filter '*.md' | ForEach-Object { Get-MarkdownHelpExample -Path $_.FullName }) +
            @(Get-AboutHelpExample -Path $aboutFile)
    }

    It 'every exported cmdlet has at least two examples' {
        $short = foreach ($name in $module.ExportedCmdlets.Keys) {
            $path = Join-Path $helpFolder "$name.md"
            $count = if (Test-Path -LiteralPath $path) { @(Get-MarkdownHelpExample -Path $path | Where-Object Code).Count } else { 0 }
            if ($count -lt 2) { "$name ($count)" }
        }
        $short | Should -BeNullOrEmpty -Because 'every cmdlet needs two examples or more'
    }

    It 'about_WooPS has examples' {
        @($all | Where-Object Source -EQ 'about_WooPS').Count | Should -BeGreaterOrEqual 10
    }

    It 'the code of every example is code alone: its output is outside it' {
        $found = foreach ($e in $all) {
            foreach ($line in $e.Lines) {
                $why = Test-HelpCodeLine $line
                if ($why) { "$($e.Source) example $($e.Number): '$line' is $why" }
            }
        }
        $found | Should -BeNullOrEmpty
    }

    It 'few examples are skipped (at most 10 %), and each says why' {
        $skipped = @($all | Where-Object Needs)
        $skipped.Count | Should -BeLessOrEqual ([math]::Floor($all.Count * 0.1)) -Because "$($skipped.Count) of $($all.Count) examples need something the fake store cannot give"
    }
}

Describe '<File>' -ForEach $helpFiles {
    BeforeAll {
        # The next file's store starts (in a thread job) while this file's examples run: a store takes about a second.
        $script:store = if ($nextStore) { Receive-Job $nextStore -Wait -AutoRemoveJob } else { & $startStore $helpers $module.Path }
        $script:nextStore = Start-ThreadJob -ScriptBlock $startStore -ArgumentList $helpers, $module.Path
        $env:WOO_STORE_URL = $store.HttpUrl
        $env:WOO_CONSUMER_KEY = $store.Keys.read_write.key
        $env:WOO_CONSUMER_SECRET = $store.Keys.read_write.secret
    }
    AfterAll { Stop-WooFakeStore $store }

    It '<Name>' -ForEach $Cases {
        if ($Example.Needs) {
            Set-ItResult -Skipped -Because "it needs $($Example.Needs)"
            return
        }
        $result = Invoke-HelpExample -Example $Example -Store $store
        $result.TimedOut | Should -BeFalse -Because 'an example ends within 60 s'
        $seen = @($result.Errors | ForEach-Object { Get-ErrorId $_ } | Sort-Object -Unique)
        $shown = @($result.Errors | ForEach-Object { "$(Get-ErrorId $_): $($_.Exception.Message)" } | Sort-Object -Unique) -join "`n"
        if ($Example.Errors.Count) {
            $seen | Should -Be @($Example.Errors | Sort-Object -Unique) -Because "the example declares the errors it shows; it got:`n$shown"
        }
        else {
            $shown | Should -BeNullOrEmpty -Because 'an example runs without errors'
        }
    }
}
