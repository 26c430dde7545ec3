#Requires -Version 7.2
<#
    A child pwsh (the same PowerShell as the caller) with a home of its own: HOME and the XDG folders point into a
    sandbox folder, so what PSResourceGet registers, caches or installs for the current user (repositories,
    NuGet.Config, modules) lands there and never in the user's own configuration. Used by
    tools/New-WooPSPackage.ps1 and tests/pester/Package.Tests.ps1.
#>
Set-StrictMode -Version Latest

function New-PwshSandbox {
    <#
    .SYNOPSIS
        Creates a sandbox folder (a new one under the temp folder unless -Path is given) with HOME's and XDG's
        folders in it and returns its full path. The folders must exist: .NET answers an empty path for a missing
        XDG_DATA_HOME, and PSResourceGet then writes its repository list relative to the working directory.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string]$Path = (Join-Path ([System.IO.Path]::GetTempPath()) "woops-sandbox-$([guid]::NewGuid().ToString('n'))"))
    foreach ($sub in '.local/share', '.config', '.cache') {
        $null = New-Item -ItemType Directory -Path (Join-Path $Path $sub) -Force
    }
    (Resolve-Path -LiteralPath $Path).ProviderPath
}

function Get-PwshSandboxModulePath {
    <# .SYNOPSIS The folder where Install-PSResource -Scope CurrentUser puts modules in this sandbox. #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string]$Sandbox)
    Join-Path $Sandbox '.local/share/powershell/Modules'
}

function Invoke-PwshSandbox {
    <#
    .SYNOPSIS
        Runs -Script (PowerShell code; its param() block gets -ArgumentList) in a child pwsh whose HOME and XDG
        folders are the sandbox's and whose PSModulePath starts with the sandbox's module folder (pwsh adds its own
        modules after it). Waits at most -TimeoutSeconds (then kills the child's process tree) and returns
        [pscustomobject]@{ ExitCode; Output } (stdout and stderr lines together; ExitCode -1 on timeout).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Sandbox,
        [Parameter(Mandatory)][string]$Script,
        [string[]]$ArgumentList = @(),
        # More environment variables for the child (e.g. a secret that must not be on its command line).
        [hashtable]$Environment = @{},
        [ValidateRange(1, 3600)][int]$TimeoutSeconds = 300
    )
    $scriptFile = Join-Path $Sandbox "run-$([guid]::NewGuid().ToString('n')).ps1"
    Set-Content -LiteralPath $scriptFile -Value $Script -Encoding utf8NoBOM

    # The same PowerShell as ours: as a dotnet tool it is 'dotnet <PSHOME>/pwsh.dll', otherwise the pwsh executable.
    $processPath = [Environment]::ProcessPath
    $psi = [System.Diagnostics.ProcessStartInfo]::new($processPath)
    if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet') { $psi.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
    foreach ($a in @('-NoProfile', '-NonInteractive', '-File', $scriptFile) + $ArgumentList) { $psi.ArgumentList.Add($a) }
    $psi.UseShellExecute = $false
    $psi.RedirectStandardInput = $true
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.WorkingDirectory = $Sandbox
    $psi.Environment['HOME'] = $Sandbox
    $psi.Environment['XDG_DATA_HOME'] = Join-Path $Sandbox '.local/share'
    $psi.Environment['XDG_CONFIG_HOME'] = Join-Path $Sandbox '.config'
    $psi.Environment['XDG_CACHE_HOME'] = Join-Path $Sandbox '.cache'
    $psi.Environment['PSModulePath'] = Get-PwshSandboxModulePath -Sandbox $Sandbox
    # Nothing leaves the machine: no update check, no telemetry.
    $psi.Environment['POWERSHELL_UPDATECHECK'] = 'Off'
    $psi.Environment['POWERSHELL_TELEMETRY_OPTOUT'] = '1'
    $psi.Environment['DOTNET_CLI_TELEMETRY_OPTOUT'] = '1'
    $psi.Environment['NO_COLOR'] = '1'
    foreach ($k in $Environment.Keys) { $psi.Environment[$k] = [string]$Environment[$k] }

    $p = [System.Diagnostics.Process]::Start($psi)
    try {
        $p.StandardInput.Close()
        $stdout = $p.StandardOutput.ReadToEndAsync()
        $stderr = $p.StandardError.ReadToEndAsync()
        $code = -1
        if ($p.WaitForExit($TimeoutSeconds * 1000)) {
            $p.WaitForExit()
            $code = $p.ExitCode
        }
        else {
            try { $p.Kill($true) } catch { }
            [void]$p.WaitForExit(15000)
        }
        $lines = @(foreach ($t in $stdout, $stderr) {
                if ($t.Wait(15000) -and $t.Result) { $t.Result -split '\r?\n' | Where-Object { $_ -ne '' } }
            })
        if ($code -eq -1) { $lines += "(killed after $TimeoutSeconds s)" }
        [pscustomobject]@{ ExitCode = $code; Output = $lines }
    }
    finally {
        $p.Dispose()
        Remove-Item -LiteralPath $scriptFile -Force -ErrorAction SilentlyContinue
    }
}

Export-ModuleMember -Function New-PwshSandbox, Get-PwshSandboxModulePath, Invoke-PwshSandbox
