<#
.SYNOPSIS
    A price change, previewed by default and applied with -Apply.
.DESCRIPTION
    Either from a CSV (sku,regular_price) or as a percentage on every product of a category (-Category,
    -Percent; 10 raises by 10 %, -5 lowers by 5 %, rounded to cents). Without -Apply it runs with -WhatIf: each
    product that would change is shown with the store's price beside the new one, and nothing is written.
    Exit codes: 0 done (or previewed); 1 some rows failed; a failed connection ends the script with an error (1).
.EXAMPLE
    pwsh -NoProfile -File ./Update-Prices.ps1 -Category 'T-Shirts' -Percent 10
.EXAMPLE
    pwsh -NoProfile -File ./Update-Prices.ps1 -Path ./new-prices.csv -Apply
#>
[CmdletBinding(DefaultParameterSetName = 'Csv')]
param(
    [Parameter(Mandatory, ParameterSetName = 'Csv')][string]$Path,
    [Parameter(Mandatory, ParameterSetName = 'Category')][string]$Category,
    [Parameter(Mandatory, ParameterSetName = 'Category')][decimal]$Percent,
    [switch]$Apply,
    [string]$Url = $env:WOO_STORE_URL,
    [string]$ConsumerKey = $env:WOO_CONSUMER_KEY,
    [securestring]$ConsumerSecret = $(if ($env:WOO_CONSUMER_SECRET) { ConvertTo-SecureString $env:WOO_CONSUMER_SECRET -AsPlainText -Force })
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module WooPS

Connect-WooStore -Url $Url -ConsumerKey $ConsumerKey -ConsumerSecret $ConsumerSecret

$changes = if ($PSCmdlet.ParameterSetName -eq 'Csv') {
    Import-Csv -LiteralPath $Path
}
else {
    Get-WooProduct -Category $Category | Where-Object { $null -ne $_.regular_price -and "$($_.regular_price)" -ne '' } | ForEach-Object {
        [pscustomobject]@{ id = $_.id; regular_price = [math]::Round([decimal]$_.regular_price * (1 + $Percent / 100), 2) }
    }
}
$changes | Set-WooProduct -SkipUnchanged -WhatIf:(-not $Apply) -OutcomeVariable outcomes -ErrorAction SilentlyContinue
$failed = @($outcomes | Where-Object Outcome -in 'Failed', 'InDoubt', 'NotSent')
$failed | ForEach-Object { Write-Output "Update-Prices: row $($_.Row) failed: $($_.ErrorId) $($_.Message)" }
if (-not $Apply) { Write-Output 'Update-Prices: preview only; run again with -Apply to change the prices.' }
exit $(if ($failed) { 1 } else { 0 })
