<#
.SYNOPSIS
    Nightly stock sync: sets each product's stock from a CSV (sku,stock_quantity) and reports the rows that failed.
.DESCRIPTION
    Reads the CSV, writes only the stock levels that differ (Set-WooProduct -SkipUnchanged), and writes every row
    that did not end applied or unchanged to -ReportPath (row, sku, error id, message), so the next run or a person
    can take them up. The store and key come from the parameters, by default from WOO_STORE_URL, WOO_CONSUMER_KEY
    and WOO_CONSUMER_SECRET.

    Exit codes: 0 every row applied or unchanged; 1 some rows failed (see the report); 2 no connection to the store
    (the log says why; nothing was written).
.EXAMPLE
    pwsh -NoProfile -File ./Sync-Stock.ps1 -Path /srv/stock/stock.csv -ReportPath /srv/stock/failed.csv
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$Path,
    [string]$ReportPath = 'failed-rows.csv',
    [string]$Url = $env:WOO_STORE_URL,
    [string]$ConsumerKey = $env:WOO_CONSUMER_KEY,
    [securestring]$ConsumerSecret = $(if ($env:WOO_CONSUMER_SECRET) { ConvertTo-SecureString $env:WOO_CONSUMER_SECRET -AsPlainText -Force })
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module WooPS

try {
    Connect-WooStore -Url $Url -ConsumerKey $ConsumerKey -ConsumerSecret $ConsumerSecret
}
catch {
    Write-Output "Sync-Stock: cannot connect to ${Url}: $($_.Exception.Message)"
    exit 2
}

# WooCommerce keeps a stock quantity only for products whose stock it manages.
$rows = @(Import-Csv -LiteralPath $Path | Select-Object -Property *, @{ Name = 'manage_stock'; Expression = { $true } })
# Each row ends in one outcome; the failures are in $outcomes, so they are not errors that stop the script here.
$rows | Set-WooProduct -SkipUnchanged -OutcomeVariable outcomes -ErrorAction SilentlyContinue
$failed = @($outcomes | Where-Object Outcome -notin 'Applied', 'Unchanged')
$failed | ForEach-Object {
    [pscustomobject]@{ row = $_.Row; sku = $_.InputObject.sku; error_id = $_.ErrorId; message = $_.Message }
} | Export-Csv -LiteralPath $ReportPath -NoTypeInformation

Write-Output "Sync-Stock: $($rows.Count) rows, $($failed.Count) failed$(if ($failed) { " (see $ReportPath)" })."
exit $(if ($failed) { 1 } else { 0 })
