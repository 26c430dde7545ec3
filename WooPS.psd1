@{
    RootModule           = 'WooPS.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f9f3e-8a51-4c53-9d0e-4f2b8f1c7a21'
    Author               = 'WooPS'
    CompanyName          = 'WooPS'
    Copyright            = '(c) WooPS. MIT License.'
    Description          = 'Run a WooCommerce store from PowerShell: compiled cmdlets over the WooCommerce REST API (wc/v3), with Basic, OAuth 1.0a and query-string authentication, paging, and sessions that never show the secret.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    FormatsToProcess     = @('WooPS.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-WooStore'
        'Disconnect-WooStore'
        'Get-WooStore'
        'Get-WooProduct'
        'Get-WooProductVariation'
        'Get-WooProductCategory'
        'Get-WooProductTag'
        'Get-WooProductAttribute'
        'Get-WooProductAttributeTerm'
        'Test-WooKey'
        'ConvertTo-WooFlat'
        'New-WooProduct'
        'Set-WooProduct'
        'Remove-WooProduct'
        'New-WooProductVariation'
        'Set-WooProductVariation'
        'Remove-WooProductVariation'
        'New-WooProductCategory'
        'Set-WooProductCategory'
        'Remove-WooProductCategory'
        'New-WooProductTag'
        'Set-WooProductTag'
        'Remove-WooProductTag'
        'Get-WooCoupon'
        'New-WooCoupon'
        'Set-WooCoupon'
        'Remove-WooCoupon'
        'Get-WooCustomer'
        'New-WooCustomer'
        'Set-WooCustomer'
        'Remove-WooCustomer'
        'Get-WooOrder'
        'Set-WooOrder'
        'Get-WooOrderNote'
        'Add-WooOrderNote'
        'Remove-WooOrderNote'
        'Get-WooOrderRefund'
        'Invoke-WooRequest'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('WooCommerce', 'WordPress', 'REST', 'eCommerce', 'PSEdition_Core', 'PSEdition_Desktop')
        }
    }
}
