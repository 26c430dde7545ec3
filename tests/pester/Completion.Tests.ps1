#Requires -Version 7.2
# Tab completion as a user meets it, through TabExpansion2: the store's own values (categories, tags, attributes,
# order statuses, coupon types) read once per session, nothing (and no error) when the store does not answer or there is no
# session, never file names, and field names after Select-Object.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 25 -Orders 12
    $script:key = $store.Keys.read_write
    function Connect-Default { Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue }
    Connect-Default

    function Get-Offered([string]$Line) { @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches) }
    function Get-Request([string]$Like) { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like $Like }) }
    # A session of its own, whose completion has read nothing yet (the command line names it with -Session); Connect
    # makes it the default, so the default is connected again.
    function New-Session {
        Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipValidation -PassThru -WarningAction SilentlyContinue
        Connect-Default
    }
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Values the store knows' {
    It 'completes the names of its categories and tags, quoting a name with spaces, and only those starting as typed' {
        $categories = @(Get-WooProductCategory).name
        $tags = @(Get-WooProductTag).name

        $offeredCategories = Get-Offered 'Get-WooProduct -Category '
        $offeredTags = Get-Offered 'New-WooProduct -Name x -Tag '
        $startingWithH = Get-Offered 'Set-WooProduct -Category H'

        $offeredCategories.ListItemText | Should -Be $categories
        $offeredCategories.CompletionText | Should -Contain "'Home & Garden'"
        $offeredCategories.CompletionText | Should -Contain 'Clothing'
        $offeredTags.ListItemText | Should -Be $tags
        $startingWithH.ListItemText | Should -Be @($categories | Where-Object { $_ -like 'H*' })
    }

    It 'completes the ids of its attributes with their names beside them' {
        $attributes = @(Get-WooProductAttribute)

        $offered = Get-Offered 'Get-WooProductAttributeTerm -AttributeId '

        $offered.CompletionText | Should -Be @($attributes.id | ForEach-Object { "$_" })
        $offered.ListItemText | Should -Be @($attributes | ForEach-Object { "$($_.id) $($_.name)" })
    }

    It "completes the store's order statuses, a plugin's included, and a filter's any and trash" {
        $offeredToSet = Get-Offered 'Set-WooOrder -Status '
        $offeredToFilter = Get-Offered 'Get-WooOrder -Status '

        $offeredToSet.CompletionText | Should -Contain 'awaiting-shipment'
        $offeredToSet.CompletionText | Should -Contain 'on-hold'
        $offeredToSet.CompletionText | Should -Not -Contain 'any'
        $offeredToFilter.CompletionText | Should -Be @($offeredToSet.CompletionText + 'any' + 'trash')
    }

    It "completes the store's coupon types, a plugin's included, and the fields -Property and -Clear take" {
        (Get-Offered 'Set-WooCoupon -DiscountType ').CompletionText | Should -Be @('percent', 'fixed_cart', 'fixed_product', 'sign_up_fee')
        (Get-Offered 'Get-WooProduct -Property st').CompletionText | Should -Be @('stock_quantity', 'stock_status', 'status')
        (Get-Offered 'Get-WooOrder -Property bil').CompletionText | Should -Be @('billing')
        (Get-Offered 'Set-WooProduct -Clear Sa').CompletionText | Should -Be @('SalePrice')
    }

    It 'asks the store once per session: a second Tab reads nothing, another session reads its own' {
        $global:wooCompletionFirst = New-Session
        $global:wooCompletionSecond = New-Session
        try {
            $before = (Get-Request 'GET */products/tags').Count

            $first = Get-Offered 'Get-WooProduct -Session $global:wooCompletionFirst -Tag '
            $afterFirst = (Get-Request 'GET */products/tags').Count
            $again = Get-Offered 'Get-WooProduct -Session $global:wooCompletionFirst -Tag g'
            $afterAgain = (Get-Request 'GET */products/tags').Count
            $other = Get-Offered 'Get-WooProduct -Session $global:wooCompletionSecond -Tag '
            $afterOther = (Get-Request 'GET */products/tags').Count

            $first.Count | Should -BeGreaterThan 0
            $again.CompletionText | Should -Be @($first.CompletionText | Where-Object { $_ -like 'g*' })
            $other.CompletionText | Should -Be $first.CompletionText
            $afterFirst | Should -Be ($before + 1)
            $afterAgain | Should -Be $afterFirst
            $afterOther | Should -Be ($afterFirst + 1)
        }
        finally {
            $wooCompletionFirst, $wooCompletionSecond | Disconnect-WooStore
            Remove-Variable -Name wooCompletionFirst, wooCompletionSecond -Scope Global
        }
    }

    It 'reads through the session -Session names, not the default one' {
        $other = Start-WooFakeStore -Products 3
        $otherKey = $other.Keys.read
        $global:wooCompletionOther = Connect-WooStore -Url $other.HttpUrl -ConsumerKey $otherKey.key -ConsumerSecret (New-TestSecret -Plain $otherKey.secret) -SkipValidation -PassThru -WarningAction SilentlyContinue
        Connect-Default
        try {
            # A store just started answers its first request slowly; completion waits only 2 s.
            $null = Get-WooProduct -Session $wooCompletionOther -First 1
            $before = (Get-Request 'GET */products/attributes').Count

            $offered = Get-Offered 'Get-WooProductAttributeTerm -Session $global:wooCompletionOther -AttributeId '

            $offered.Count | Should -BeGreaterThan 0
            @(Get-WooFakeStoreRequest $other) | Should -Contain 'GET /wp-json/wc/v3/products/attributes'
            (Get-Request 'GET */products/attributes').Count | Should -Be $before
        }
        finally {
            $wooCompletionOther | Disconnect-WooStore
            Remove-Variable -Name wooCompletionOther -Scope Global
            Stop-WooFakeStore -Store $other
        }
    }
}

Describe 'When the store cannot give its values' {
    It 'offers nothing, without an error, while the store holds the request, and lets the request go' {
        $global:wooCompletionHeld = New-Session
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'GET'; Route = '^/wc/v3/products/categories$'; Action = 'hold-before' } | Out-Null
        try {
            $errorsBefore = $Error.Count

            $offered = Get-Offered 'Get-WooProduct -Session $global:wooCompletionHeld -Category '

            $offered.Count | Should -Be 0
            $Error.Count | Should -Be $errorsBefore
            $rule = @(Get-WooFakeStoreScript -Store $store)[0]
            $rule.matched | Should -Be 1
            # Completion cancelled the read when it stopped waiting: the store holds nothing any more.
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while (@(Get-WooFakeStoreScript -Store $store)[0].held -gt 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
            @(Get-WooFakeStoreScript -Store $store)[0].held | Should -Be 0
        }
        finally { Clear-WooFakeStoreScript -Store $store }

        # A read given up is not kept: the next Tab asks again, and gets the names.
        try { (Get-Offered 'Get-WooProduct -Session $global:wooCompletionHeld -Category ').ListItemText | Should -Contain 'Home & Garden' }
        finally {
            $wooCompletionHeld | Disconnect-WooStore
            Remove-Variable -Name wooCompletionHeld -Scope Global
        }
    }

    It "offers nothing without a session, without an error; statuses are then WooCommerce's own" {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                    param($module)
                    Import-Module $module
                    foreach ($line in 'Get-WooProduct -Category ', 'New-WooProduct -Tag ', 'Get-WooProductAttributeTerm -AttributeId ', 'Set-WooOrder -Status ') {
                        , @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText)
                    }
                }).AddArgument($env:WOOPS_MODULE)

            $offered = $ps.Invoke()

            $ps.HadErrors | Should -BeFalse
            $offered.Count | Should -Be 4
            $offered[0].Count | Should -Be 0
            $offered[1].Count | Should -Be 0
            $offered[2].Count | Should -Be 0
            $offered[3] | Should -Be @('pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed', 'checkout-draft')
        }
        finally { $ps.Dispose() }
    }
}

Describe 'No file names' {
    It 'no parameter of any WooPS cmdlet offers the names of files' {
        # Parameters that take a file's path would be listed here; no WooPS parameter does.
        $takesPath = @()
        # The common parameters, and -First and -Skip that PowerShell adds to a cmdlet with SupportsPaging: PowerShell
        # declares them, and a module cannot give them a completer.
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters + 'First', 'Skip'
        $folder = Join-Path ([System.IO.Path]::GetTempPath()) "woops-completion-$([guid]::NewGuid())"
        $null = New-Item -ItemType Directory -Path $folder
        $null = New-Item -ItemType File -Path (Join-Path $folder 'zzWooPSProbe.txt')
        Push-Location -LiteralPath $folder
        try {
            # Where nothing stops it, PowerShell offers the probe: the check can fail.
            function Test-WooPSProbe { param([string]$Name) }
            (Get-Offered 'Test-WooPSProbe -Name zzWooPS').CompletionText | Should -Match 'zzWooPSProbe'
            $offeringFiles = foreach ($command in Get-Command -Module WooPS) {
                foreach ($parameter in $command.Parameters.Values) {
                    if ($parameter.Name -in $common -or $parameter.SwitchParameter -or "$($command.Name) -$($parameter.Name)" -in $takesPath) { continue }
                    $line = "$($command.Name) -$($parameter.Name) zzWooPS"
                    if ((Get-Offered $line).CompletionText -match 'zzWooPSProbe') { "$($command.Name) -$($parameter.Name)" }
                }
            }
        }
        finally {
            Pop-Location
            Remove-Item -LiteralPath $folder -Recurse -Force
        }

        $offeringFiles | Should -BeNullOrEmpty
    }
}

Describe 'Select-Object after a WooPS cmdlet' {
    It 'completes the fields of products: Get-WooProduct | Select-Object st' {
        (TabExpansion2 -inputScript 'Get-WooProduct | Select-Object st' -cursorColumn 33).CompletionMatches.CompletionText |
            Should -Be @('status', 'stock_quantity', 'stock_status')
    }

    It 'completes every field the store sends, after <Command>' -ForEach @(
        @{ Command = 'Get-WooProduct'; Item = { Get-WooProduct -First 1 } }
        @{ Command = 'Get-WooProductVariation'; Item = { Get-WooProduct -Type variable -First 1 | Get-WooProductVariation -First 1 } }
        @{ Command = 'Get-WooProductCategory'; Item = { Get-WooProductCategory -First 1 } }
        @{ Command = 'Get-WooProductTag'; Item = { Get-WooProductTag -First 1 } }
        @{ Command = 'Get-WooProductAttribute'; Item = { Get-WooProductAttribute -First 1 } }
        @{ Command = 'Get-WooProductAttributeTerm'; Item = { Get-WooProductAttribute -First 1 | Get-WooProductAttributeTerm -First 1 } }
        @{ Command = 'Get-WooCoupon'; Item = { Get-WooCoupon -First 1 } }
        @{ Command = 'Get-WooCustomer'; Item = { Get-WooCustomer -First 1 } }
        @{ Command = 'Get-WooOrder'; Item = { Get-WooOrder -First 1 } }
        @{ Command = 'Get-WooOrderNote'; Item = { Get-WooOrder -First 1 | Get-WooOrderNote -First 1 } }
        @{ Command = 'Get-WooOrderRefund'; Item = { Get-WooOrder -Status refunded -First 1 | Get-WooOrderRefund -First 1 } }
        @{ Command = 'Test-WooKey'; Item = { Test-WooKey } }
        @{ Command = 'Get-WooStore'; Item = { Get-WooStore } }
    ) {
        $item = & $Item

        $offered = (Get-Offered "$Command | Select-Object ").CompletionText

        $item | Should -Not -BeNullOrEmpty
        @($item)[0].PSObject.Properties.Name | Where-Object { $_ -notin $offered } | Should -BeNullOrEmpty
    }

    It 'completes fields after every WooPS cmdlet that writes objects with fields' {
        $withoutFields = 'System.Void', 'System.Boolean', 'WooPS.Item', 'WooPS.RawResponse'
        $silent = foreach ($command in Get-Command -Module WooPS) {
            if (@($command.OutputType.Name | Where-Object { $_ -notin $withoutFields }).Count -eq 0) { continue }
            if ((Get-Offered "$($command.Name) | Select-Object ").Count -eq 0) { $command.Name }
        }

        $silent | Should -BeNullOrEmpty
    }

    It 'leaves the objects as they were: the type name is a name, and a field the store did not send is not there' {
        function Test-Product { param([Parameter(ValueFromPipeline)][PSTypeName('WooPS.Product')]$Product, [Parameter(ValueFromPipelineByPropertyName)][string]$stock_status = 'unbound') process { $stock_status } }
        $product = Get-WooProduct -First 1 -Property id, name

        $product -is [WooPS.Product] | Should -BeFalse
        $product.PSObject.Properties.Name | Should -Be @('id', 'name')
        $product | Test-Product | Should -Be 'unbound'
    }
}
