#Requires -Version 7.2
<#
.SYNOPSIS
    The short transcript-style demo of the cmdlets that build.ps1 -Task Demo runs against the fake store.

.DESCRIPTION
    build.ps1 -Task Demo builds, starts the fake store and runs this in a child pwsh with, in its environment:
      WOOPS_MODULE         full path of out/WooPS/WooPS.psd1
      WOO_HTTPS_URL        the fake store's https address
      WOO_HTTP_URL         the fake store's http address
      WOO_CONSUMER_KEY     a read_write key
      WOO_CONSUMER_SECRET  its secret (environment only: never on a command line, never echoed)
      WOO_DEMO_PLAIN       set (to anything) for output without ANSI colour
    Each step prints the command as "PS> ..." and then its output. Any error ends the demo with a non-zero exit code.
#>
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
if ($env:WOO_DEMO_PLAIN) { $PSStyle.OutputRendering = 'PlainText' }

function Step([string]$Display, [scriptblock]$Action) {
    Write-Host ''
    Write-Host "PS> $Display"
    & $Action | Out-Host
}

Step "Import-Module $env:WOOPS_MODULE" { Import-Module $env:WOOPS_MODULE -ErrorAction Stop }

$secretText = '(ConvertTo-SecureString $env:WOO_CONSUMER_SECRET -AsPlainText -Force)'
Step "Connect-WooStore -Url $env:WOO_HTTPS_URL -ConsumerKey `$env:WOO_CONSUMER_KEY -ConsumerSecret $secretText -SkipCertificateCheck -PassThru" {
    Connect-WooStore -Url $env:WOO_HTTPS_URL -ConsumerKey $env:WOO_CONSUMER_KEY `
        -ConsumerSecret (ConvertTo-SecureString $env:WOO_CONSUMER_SECRET -AsPlainText -Force) -SkipCertificateCheck -PassThru
}

Step 'Test-WooKey   # the connected key: what works, what it may do, what to fix' { Test-WooKey }

$script:products = @()
Step 'Get-WooProduct -First 5' {
    $script:products = @(Get-WooProduct -First 5)
    $script:products
}
if ($script:products.Count -eq 0) { throw 'Get-WooProduct -First 5 returned nothing.' }
$id = $script:products[0].id
$sku = @($script:products | Where-Object { $_.sku } | Select-Object -First 1 -ExpandProperty sku)
if (-not $sku) { throw 'None of the first 5 products has a SKU.' }
$sku = $sku[0]

Step "Get-WooProduct -Id $id | Format-List id, sku, name, type, status, price, regular_price, stock_status, date_created" {
    Get-WooProduct -Id $id | Format-List id, sku, name, type, status, price, regular_price, stock_status, date_created
}

Step "(Get-WooProduct -Id $id).regular_price * 1.1   # money is [decimal], so this is arithmetic" {
    (Get-WooProduct -Id $id).regular_price * 1.1
}

Step "Get-WooProduct -Id $id, 999999 -ErrorAction Continue   # an unknown id is a non-terminating error" {
    Get-WooProduct -Id $id, 999999 -ErrorAction Continue 2>&1 | ForEach-Object {
        if ($_ -is [System.Management.Automation.ErrorRecord]) { "ERROR $($_.FullyQualifiedErrorId): $($_.Exception.Message)" } else { $_ }
    }
}

# The nightly sync: rows from a CSV by SKU, previewed, then written with only what changed, every row counted.
$script:rows = @(
    [pscustomobject]@{ sku = $sku; regular_price = '19.90'; stock_quantity = '12'; manage_stock = 'true' }
    [pscustomobject]@{ sku = 'NO-SUCH-SKU'; regular_price = '5.00'; stock_quantity = ''; manage_stock = '' }
)
Step "`$rows | Set-WooProduct -SkipUnchanged -WhatIf   # `$rows = Import-Csv stock.csv: sku, regular_price, stock_quantity, manage_stock" {
    $script:rows | Set-WooProduct -SkipUnchanged -WhatIf -ErrorAction Continue 2>&1 | ForEach-Object {
        if ($_ -is [System.Management.Automation.ErrorRecord]) { "ERROR $($_.FullyQualifiedErrorId): $($_.Exception.Message)" } else { $_ }
    }
}
Step '$rows | Set-WooProduct -SkipUnchanged -PassThru -InformationAction Continue   # one line counts the outcomes' {
    $script:rows | Set-WooProduct -SkipUnchanged -PassThru -InformationAction Continue -ErrorAction Continue 2>&1 | ForEach-Object {
        if ($_ -is [System.Management.Automation.ErrorRecord]) { "ERROR $($_.FullyQualifiedErrorId): $($_.Exception.Message)" } else { $_ }
    } | Format-Table -AutoSize | Out-String -Width 160
}

# Orders: a filtered listing, a status change previewed and made in one batch, a note e-mailed to the customer.
Step 'Get-WooOrder -Status on-hold, awaiting-shipment   # several statuses, a plugin''s among them' {
    Get-WooOrder -Status on-hold, awaiting-shipment
}
Step 'Get-WooOrder -Status on-hold | Set-WooOrder -Status completed -WhatIf   # checked against the store''s statuses first' {
    Get-WooOrder -Status on-hold | Set-WooOrder -Status completed -WhatIf
}
Step 'Get-WooOrder -Status on-hold | Set-WooOrder -Status completed -InformationAction Continue' {
    Get-WooOrder -Status on-hold | Set-WooOrder -Status completed -InformationAction Continue
}
$script:order = @(Get-WooOrder -Status completed -First 1)[0]
Step "Add-WooOrderNote -OrderId $($script:order.id) -Note 'Your parcel is on its way.' -CustomerNote   # e-mailed to the customer" {
    Add-WooOrderNote -OrderId $script:order.id -Note 'Your parcel is on its way.' -CustomerNote
}
Step "(Get-WooOrder -Id $($script:order.id)).line_items   # lines are objects of their own type; money is [decimal]" {
    (Get-WooOrder -Id $script:order.id).line_items
}

# The scheduled-job form: address, key and secret from WOO_STORE_URL, WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET.
$env:WOO_STORE_URL = $env:WOO_HTTP_URL
Step "`$env:WOO_STORE_URL = '$env:WOO_HTTP_URL'; Connect-WooStore -PassThru   # plain http: OAuth 1.0a, the secret never travels" {
    Connect-WooStore -PassThru
}

Step "Get-WooProduct -Sku $sku" { Get-WooProduct -Sku $sku }

# Any other route, through the same session: a list goes as PHP's numbered keys, signed as WooCommerce signs them.
Step "Invoke-WooRequest settings/general/woocommerce_price_num_decimals | Select-Object id, value" {
    Invoke-WooRequest settings/general/woocommerce_price_num_decimals | Select-Object id, value
}
Step "Invoke-WooRequest products -Query @{ include = $id, 999999; _fields = 'id,sku,name' }   # typed as Get-WooProduct types them" {
    Invoke-WooRequest products -Query @{ include = $id, 999999; _fields = 'id,sku,name' }
}
Step "(Invoke-WooRequest products -Method Head -Raw).Headers['X-WP-Total']" { (Invoke-WooRequest products -Method Head -Raw).Headers['X-WP-Total'] }
Step 'Get-WooStore' { Get-WooStore }
Step 'Disconnect-WooStore' { Disconnect-WooStore }
