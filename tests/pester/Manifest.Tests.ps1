#Requires -Version 7.2
# The module manifest (WooPS.psd1, as built into out/WooPS) says what the module is: its cmdlets, version, views,
# the PowerShell it was tested on, and its license.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:repoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
    $script:moduleDir = Split-Path -Parent $env:WOOPS_MODULE
    $script:manifest = Import-PowerShellDataFile -LiteralPath $env:WOOPS_MODULE
}

Describe 'Module manifest' {
    It 'is a valid manifest' {
        { Test-ModuleManifest -Path $env:WOOPS_MODULE -ErrorAction Stop } | Should -Not -Throw
    }

    It 'exports exactly the cmdlets the module defines' {
        $module = Import-WooPSUnderTest -PassThru
        $dll = Join-Path $moduleDir 'WooPS.dll'
        $assembly = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { -not $_.IsDynamic -and $_.Location -eq $dll }
        $assembly | Should -HaveCount 1
        $defined = @($assembly.GetExportedTypes() | Where-Object { -not $_.IsAbstract } | ForEach-Object {
                $attribute = [System.Attribute]::GetCustomAttribute($_, [System.Management.Automation.CmdletAttribute])
                if ($attribute) { "$($attribute.VerbName)-$($attribute.NounName)" }
            })
        $defined.Count | Should -BeGreaterThan 0
        @($defined | Where-Object { $_ -notin $manifest.CmdletsToExport }) | Should -BeNullOrEmpty -Because 'every cmdlet class must be in CmdletsToExport'
        @($manifest.CmdletsToExport | Where-Object { $_ -notin $defined }) | Should -BeNullOrEmpty -Because 'CmdletsToExport names only cmdlets that exist'
        @($manifest.CmdletsToExport | Group-Object | Where-Object Count -gt 1).Name | Should -BeNullOrEmpty -Because 'CmdletsToExport names each once'
        @($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($defined | Sort-Object)
    }

    It 'has one version: the assemblies are stamped with ModuleVersion' {
        $version = [version]$manifest.ModuleVersion
        foreach ($dll in (Join-Path $moduleDir 'WooPS.dll'), (Join-Path $moduleDir 'lib/WooPS.Core.dll')) {
            [System.Reflection.AssemblyName]::GetAssemblyName($dll).Version | Should -Be ([version]::new($version.Major, $version.Minor, $version.Build, 0)) -Because $dll
            [System.Diagnostics.FileVersionInfo]::GetVersionInfo($dll).ProductVersion | Should -Match "^$([regex]::Escape($manifest.ModuleVersion))(\+|$)" -Because $dll
        }
    }

    It 'ships the views it names in FormatsToProcess' {
        $manifest.FormatsToProcess | Should -Not -BeNullOrEmpty
        foreach ($file in $manifest.FormatsToProcess) { Join-Path $moduleDir $file | Should -Exist }
    }

    It 'claims only the PowerShell it was tested on' {
        $manifest.CompatiblePSEditions | Should -Be @('Core')
        $manifest.PrivateData.PSData.Tags | Should -Not -Contain 'PSEdition_Desktop'
        [version]$manifest.PowerShellVersion | Should -BeLessOrEqual $PSVersionTable.PSVersion
        # The release notes name the PowerShell this suite runs on, and what was not tested.
        $tested = '{0}.{1}' -f $PSVersionTable.PSVersion.Major, $PSVersionTable.PSVersion.Minor
        $manifest.PrivateData.PSData.ReleaseNotes | Should -Match "Tested: PowerShell $([regex]::Escape($tested)) "
        $manifest.PrivateData.PSData.ReleaseNotes | Should -Match 'Not tested: Windows PowerShell 5\.1'
    }

    It 'names real people, not an invented company' {
        $manifest.Author | Should -Be 'WooPS contributors'
        $manifest.Keys | Should -Not -Contain 'CompanyName'
    }

    It 'ships the MIT LICENSE its Copyright names' {
        $license = Join-Path $repoRoot 'LICENSE'
        $license | Should -Exist
        Get-Content -LiteralPath $license -TotalCount 1 | Should -Be 'MIT License'
        Join-Path $moduleDir 'LICENSE' | Should -FileContentMatchExactly 'Copyright \(c\) \d{4} WooPS contributors'
        (Get-FileHash (Join-Path $moduleDir 'LICENSE')).Hash | Should -Be (Get-FileHash $license).Hash
        $manifest.Copyright | Should -Match 'WooPS contributors'
        $manifest.Copyright | Should -Match 'MIT License .*LICENSE'
    }
}
