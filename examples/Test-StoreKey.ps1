<#
.SYNOPSIS
    Key health check for monitoring: exit code 0 when the store's key works, 1 when it does not, and the log says why.
.DESCRIPTION
    Runs Test-WooKey -Quiet. When the key fails, Test-WooKey writes each failed check (what failed and what to
    do) as a warning, which pwsh -File puts in the job's output, so the monitoring log names the cause. The store
    and key come from the parameters, by default from WOO_STORE_URL, WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET.
.EXAMPLE
    pwsh -NoProfile -File ./Test-StoreKey.ps1 -Permission ReadWrite
#>
[CmdletBinding()]
param(
    [ValidateSet('Read', 'Write', 'ReadWrite')][string]$Permission = 'Read',
    [string]$Url = $env:WOO_STORE_URL,
    [string]$ConsumerKey = $env:WOO_CONSUMER_KEY,
    [securestring]$ConsumerSecret = $(if ($env:WOO_CONSUMER_SECRET) { ConvertTo-SecureString $env:WOO_CONSUMER_SECRET -AsPlainText -Force })
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module WooPS

if (Test-WooKey -Url $Url -ConsumerKey $ConsumerKey -ConsumerSecret $ConsumerSecret -Permission $Permission -Quiet) {
    Write-Output "Test-StoreKey: the key works on $Url ($Permission)."
    exit 0
}
Write-Output "Test-StoreKey: the key does NOT work on $Url ($Permission); the warnings above say why."
exit 1
