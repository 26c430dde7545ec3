<#
.SYNOPSIS
    Writes yesterday's orders (this computer's day) to a CSV with readable columns.
.DESCRIPTION
    One row per order made during the day, local time: number, date, status, total, customer, email and an
    items summary ("2 × T-Shirt; 1 × Mug"). -Day picks another day. A day without orders gives a CSV with the
    header alone. Exit code 0, or 1 when the store cannot be reached or read (the log says why).
.EXAMPLE
    pwsh -NoProfile -File ./Export-YesterdaysOrders.ps1 -Path "/srv/reports/orders-$(Get-Date -Format yyyy-MM-dd).csv"
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$Path,
    [datetime]$Day = (Get-Date).Date.AddDays(-1),
    [string]$Url = $env:WOO_STORE_URL,
    [string]$ConsumerKey = $env:WOO_CONSUMER_KEY,
    [securestring]$ConsumerSecret = $(if ($env:WOO_CONSUMER_SECRET) { ConvertTo-SecureString $env:WOO_CONSUMER_SECRET -AsPlainText -Force })
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module WooPS

Connect-WooStore -Url $Url -ConsumerKey $ConsumerKey -ConsumerSecret $ConsumerSecret

$start = [datetime]::SpecifyKind($Day.Date, [System.DateTimeKind]::Local)
$end = $start.AddDays(1)
$orders = @(Get-WooOrder -CreatedAfter $start.AddSeconds(-1) -CreatedBefore $end |
    Where-Object { $_.date_created_gmt.ToLocalTime() -ge $start -and $_.date_created_gmt.ToLocalTime() -lt $end })

$columns = 'number', 'date', 'status', 'total', 'customer', 'email', 'items'
$rows = foreach ($order in $orders) {
    [pscustomobject]@{
        number   = $order.number
        date     = $order.date_created_gmt.ToLocalTime().ToString('yyyy-MM-dd HH:mm')
        status   = $order.status
        total    = "$($order.total) $($order.currency)"
        customer = "$($order.billing.first_name) $($order.billing.last_name)".Trim()
        email    = $order.billing.email
        items    = ($order.line_items | ForEach-Object { "$($_.quantity) × $($_.name)" }) -join '; '
    }
}
if ($rows) {
    $rows | Select-Object $columns | Export-Csv -LiteralPath $Path -NoTypeInformation
}
else {
    Set-Content -LiteralPath $Path -Value (($columns | ForEach-Object { "`"$_`"" }) -join ',')
}
Write-Output "Export-YesterdaysOrders: $($orders.Count) orders of $($start.ToString('yyyy-MM-dd')) written to $Path."
