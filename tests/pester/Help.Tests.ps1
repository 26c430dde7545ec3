#Requires -Version 7.2
# The built module ships real help: for every exported cmdlet Get-Help -Full has a written synopsis, a description,
# examples with code and a description of every parameter; and about_WooPS is there.
# (Help comes from out/WooPS/en-US/WooPS.dll-Help.xml, made by src/WooPS/help/ConvertTo-MamlHelp.ps1 during the build.)

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $module = Import-WooPSUnderTest -PassThru
    $script:cmdletCases = @($module.ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $null = Import-WooPSUnderTest

    $script:commonParameters = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
    foreach ($n in [System.Management.Automation.Cmdlet]::CommonParameters) { [void]$commonParameters.Add($n) }
    foreach ($n in [System.Management.Automation.Cmdlet]::OptionalCommonParameters) { [void]$commonParameters.Add($n) }

    function Get-HelpText($Node) {
        # description/remarks nodes are arrays of objects with a Text property (or plain strings).
        (@($Node) | ForEach-Object { if ($_ -is [string]) { $_ } elseif ($_.PSObject.Properties['Text']) { $_.Text } }) -join "`n"
    }
}

Describe 'Help of the exported cmdlets' {
    It 'the module exports cmdlets' {
        $cmdletCases.Count | Should -BeGreaterThan 0
    }

    Context '<Name>' -ForEach $cmdletCases {
        BeforeAll {
            $script:command = Get-Command -Name $Name -Module WooPS
            $script:help = Get-Help -Name $Name -Full
        }

        It 'has a written synopsis, not the generated syntax' {
            $synopsis = ([string]$help.Synopsis).Trim()
            $synopsis | Should -Not -BeNullOrEmpty
            # Without a help file, PowerShell puts the syntax ("Name [-Param] ...") in the synopsis.
            $synopsis | Should -Not -Match ('^\s*' + [regex]::Escape($Name) + '(\s|$)')
            $synopsis.Length | Should -BeGreaterThan 20
        }

        It 'has a description' {
            (Get-HelpText $help.description).Trim() | Should -Not -BeNullOrEmpty
        }

        It 'has at least 2 examples, each with code' {
            $examples = @($help.examples.example)
            $examples.Count | Should -BeGreaterOrEqual 2
            foreach ($e in $examples) {
                ([string]$e.code).Trim() | Should -Not -BeNullOrEmpty -Because "example '$($e.title)' needs code"
            }
        }

        It 'describes every parameter' {
            $parameters = @($command.Parameters.Keys | Where-Object { -not $commonParameters.Contains($_) })
            $documented = @{}
            foreach ($p in @($help.parameters.parameter)) {
                if ($p) { $documented[$p.name] = (Get-HelpText $p.description).Trim() }
            }
            foreach ($p in $parameters) {
                $documented.ContainsKey($p) | Should -BeTrue -Because "-$p of $Name must be in its help"
                $documented[$p] | Should -Not -BeNullOrEmpty -Because "-$p of $Name needs a description"
            }
        }

        It 'documents no parameter the cmdlet does not have' {
            foreach ($p in @($help.parameters.parameter)) {
                if ($p) { $command.Parameters.Keys | Should -Contain $p.name }
            }
        }
    }
}

Describe 'about_WooPS' {
    It 'is found by Get-Help' {
        $topic = Get-Help -Name about_WooPS | Out-String
        $topic | Should -Match 'about_WooPS'
        $topic | Should -Match 'SHORT DESCRIPTION'
        $topic | Should -Match 'WOO_CONSUMER_SECRET'
    }
}
