@{
    RootModule           = 'WooPS.dll'
    # The one version: Directory.Build.props reads it for the assemblies' versions, the package takes it from here.
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f9f3e-8a51-4c53-9d0e-4f2b8f1c7a21'
    Author               = 'WooPS contributors'
    Copyright            = '(c) 2026 WooPS contributors. MIT License (the LICENSE file shipped with the module).'
    Description          = 'Run a WooCommerce store from PowerShell: compiled cmdlets over the WooCommerce REST API (wc/v3), with Basic, OAuth 1.0a and query-string authentication, paging, and sessions that never show the secret.'
    # Only PowerShell 7 is tested (7.6 on Linux); Windows PowerShell 5.1 is not claimed (see ReleaseNotes).
    PowerShellVersion    = '7.2'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('WooPS.format.ps1xml')
    # One array of names, comma-separated: Import-Module runs the manifest as a script, and one statement per name
    # inside @() cost an import 40 to 130 more JIT-compiled methods (README: "Where the time goes").
    CmdletsToExport      = @(
        'Connect-WooStore',
        'Disconnect-WooStore',
        'Get-WooStore',
        'Get-WooProduct',
        'Get-WooProductVariation',
        'Get-WooProductCategory',
        'Get-WooProductTag',
        'Get-WooProductAttribute',
        'Get-WooProductAttributeTerm',
        'Test-WooKey',
        'ConvertTo-WooFlat',
        'New-WooProduct',
        'Set-WooProduct',
        'Remove-WooProduct',
        'New-WooProductVariation',
        'Set-WooProductVariation',
        'Remove-WooProductVariation',
        'New-WooProductCategory',
        'Set-WooProductCategory',
        'Remove-WooProductCategory',
        'New-WooProductTag',
        'Set-WooProductTag',
        'Remove-WooProductTag',
        'Get-WooCoupon',
        'New-WooCoupon',
        'Set-WooCoupon',
        'Remove-WooCoupon',
        'Get-WooCustomer',
        'New-WooCustomer',
        'Set-WooCustomer',
        'Remove-WooCustomer',
        'Get-WooOrder',
        'Set-WooOrder',
        'Get-WooOrderNote',
        'Add-WooOrderNote',
        'Remove-WooOrderNote',
        'Get-WooOrderRefund',
        'Invoke-WooRequest'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('WooCommerce', 'WordPress', 'REST', 'eCommerce', 'PSEdition_Core', 'Linux')
            ReleaseNotes = @'
0.1.0: the first release.
Tested: PowerShell 7.6 (pwsh 7.6.9, .NET 10) on Linux, against a fake WooCommerce store that answers as WooCommerce 10
does, installed from this package with Install-PSResource, in ForEach-Object -Parallel and thread jobs too.
Not tested: Windows PowerShell 5.1 (not claimed: CompatiblePSEditions is Core only), PowerShell 7.2 to 7.5, and
PowerShell on Windows or macOS.
'@
        }
    }
}
