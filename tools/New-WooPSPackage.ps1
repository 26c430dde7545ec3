#Requires -Version 7.2
<#
.SYNOPSIS
    Makes the gallery-ready package of a built WooPS: a versioned module folder and its .nupkg in a local file repository.

.DESCRIPTION
    Copies the built module (-ModulePath, out/WooPS after build.ps1 -Task Build) without its pdbs to
    <OutputPath>/WooPS/<ModuleVersion>/ and publishes that folder with PowerShell's own PSResourceGet
    (Publish-PSResource) to the file repository <OutputPath>/repository/, which then holds WooPS.<version>.nupkg.
    PSResourceGet runs in a child pwsh with a home of its own (tools/PwshSandbox.psm1), where the repository is
    registered for this run only: the user's PSResourceGet configuration is untouched and nothing leaves the machine.
    Returns [pscustomobject]@{ Version; ModuleFolder; Repository; Package }.

.EXAMPLE
    dotnet pwsh ./tools/New-WooPSPackage.ps1

.EXAMPLE
    dotnet pwsh ./tools/New-WooPSPackage.ps1 -ModulePath ./out/WooPS -OutputPath /tmp/woops-package
#>
[CmdletBinding()]
param(
    [string]$ModulePath = (Join-Path (Split-Path -Parent $PSScriptRoot) 'out/WooPS'),
    [string]$OutputPath = (Join-Path (Split-Path -Parent $PSScriptRoot) 'out/package')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ProgressPreference = 'SilentlyContinue'
Import-Module (Join-Path $PSScriptRoot 'PwshSandbox.psm1') -Force

$manifestFile = Join-Path $ModulePath 'WooPS.psd1'
if (-not (Test-Path -LiteralPath $manifestFile -PathType Leaf)) { throw "No built module at $ModulePath (no WooPS.psd1). Run ./build.ps1 -Task Build first." }
$source = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$version = (Import-PowerShellDataFile -LiteralPath $manifestFile).ModuleVersion

$null = New-Item -ItemType Directory -Path $OutputPath -Force
$OutputPath = (Resolve-Path -LiteralPath $OutputPath).ProviderPath
$moduleFolder = Join-Path $OutputPath "WooPS/$version"
$repository = Join-Path $OutputPath 'repository'
foreach ($old in (Join-Path $OutputPath 'WooPS'), $repository) {
    if (Test-Path -LiteralPath $old) { Remove-Item -LiteralPath $old -Recurse -Force }
}
$null = New-Item -ItemType Directory -Path $moduleFolder, $repository -Force

# Debug symbols stay in out/WooPS for the developer; the package is what a user runs.
foreach ($file in Get-ChildItem -LiteralPath $source -Recurse -File | Where-Object Extension -ne '.pdb') {
    $dest = Join-Path $moduleFolder ([System.IO.Path]::GetRelativePath($source, $file.FullName))
    $null = New-Item -ItemType Directory -Path (Split-Path -Parent $dest) -Force
    Copy-Item -LiteralPath $file.FullName -Destination $dest
}

$sandbox = New-PwshSandbox
try {
    $run = Invoke-PwshSandbox -Sandbox $sandbox -ArgumentList $moduleFolder, $repository -Script @'
param($ModuleFolder, $Repository)
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name WooPSLocal -Uri $Repository -Trusted
Publish-PSResource -Path $ModuleFolder -Repository WooPSLocal
'@
    if ($run.ExitCode -ne 0) { throw "Publish-PSResource failed (exit code $($run.ExitCode)):`n$($run.Output -join "`n")" }
}
finally {
    Remove-Item -LiteralPath $sandbox -Recurse -Force -ErrorAction SilentlyContinue
}

$package = Join-Path $repository "WooPS.$version.nupkg"
if (-not (Test-Path -LiteralPath $package -PathType Leaf)) { throw "Publish-PSResource made no $package." }
[pscustomobject]@{ Version = $version; ModuleFolder = $moduleFolder; Repository = $repository; Package = $package }
