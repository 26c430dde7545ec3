#Requires -Version 7.2
# Customers end to end: Get-, New-, Set- and Remove-WooCustomer against the fake store.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    # Customers 2-4 (customer1@example.com, ...) besides the administrator, user 1 (admin@example.com).
    $script:store = Start-WooFakeStore -Products 0 -Customers 3
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    $script:plainPassword = 'Pester-Pa55-Secret!'
    $script:password = ConvertTo-SecureString $plainPassword -AsPlainText -Force

    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
    function Get-Request([string]$Like) { @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like $Like }) }
    function Invoke-Child([string]$Command) {
        $connect = "`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$env:WOOPS_MODULE'; Connect-WooStore -Url '$($store.HttpUrl)' -ConsumerKey '$($store.Keys.read_write.key)' -ConsumerSecret (ConvertTo-SecureString '$($store.Keys.read_write.secret)' -AsPlainText -Force) -WarningAction SilentlyContinue"
        (dotnet pwsh -NoProfile -Command "$connect; $Command" 2>&1) -join "`n"
    }
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Get-WooCustomer' {
    It 'lists customers only unless asked for every role, and by id and e-mail, naming each unknown address in an error' {
        $customers = @(Get-WooCustomer)
        $everyone = @(Get-WooCustomer -Role all)
        $found = @(Get-WooCustomer -Email 'customer2@example.com', 'nobody@example.com' -ErrorVariable failures -ErrorAction SilentlyContinue)

        $customers.email | Should -Be @('customer1@example.com', 'customer2@example.com', 'customer3@example.com')
        $customers[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Customer'
        $everyone.email | Should -Contain 'admin@example.com'
        $everyone.Count | Should -Be 4
        (Get-WooCustomer 3).email | Should -Be 'customer2@example.com'
        $found.id | Should -Be @(3)
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_email_not_found,*'
        $failures[0].TargetObject | Should -Be 'nobody@example.com'
        $failures[0].Exception.Message | Should -Be "No customer has the e-mail address 'nobody@example.com'."
    }

    It 'shows a customer as a table of its id, e-mail, names, username and role' {
        $shown = (Get-WooCustomer -Id 2 | Out-String -Width 200) -split "`r?`n" | Where-Object { $_.Trim() }

        $shown[0] -split '\s+' | Where-Object { $_ } | Should -Be @('id', 'email', 'first_name', 'last_name', 'username', 'role')
        $shown[2] | Should -Match '^\s*2\s+customer1@example\.com\s+Alice\s+Anderson\s+customer1\s+customer\s*$'
    }
}

Describe 'New-WooCustomer' {
    It 'creates a customer with names, a password, and billing and shipping addresses, never showing the password' {
        $stream = @(New-WooCustomer -Email 'pester.new@example.com' -FirstName Pester -LastName New -Password $password -Billing @{ city = 'Oslo'; country = 'NO'; email = 'bills@example.com' } -Shipping @{ city = 'Bergen' } -Verbose 4>&1)

        $made = @($stream | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })[0]
        $verbose = @($stream | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }) -join "`n"
        $made.PSObject.TypeNames[0] | Should -Be 'WooPS.Customer'
        $made.email | Should -Be 'pester.new@example.com'
        $made.first_name | Should -Be 'Pester'
        $made.username | Should -Not -BeNullOrEmpty
        $made.role | Should -Be 'customer'
        $made.billing.city | Should -Be 'Oslo'
        $made.billing.email | Should -Be 'bills@example.com'
        $made.shipping.city | Should -Be 'Bergen'
        $verbose | Should -Match 'password = \(hidden\)'
        $verbose | Should -Not -Match ([regex]::Escape($plainPassword))
    }

    It 'takes the username only when it makes the customer, and piped text for the e-mail address' {
        $chosen = New-WooCustomer -Email 'pester.user@example.com' -Username 'pester-chosen'
        $piped = 'pester.piped@example.com' | New-WooCustomer

        $chosen.username | Should -Be 'pester-chosen'
        $piped.email | Should -Be 'pester.piped@example.com'
        (Get-WooCustomer -Email 'pester.piped@example.com').id | Should -Be $piped.id
    }

    It 'takes an address given as an object' {
        $made = New-WooCustomer -Email 'pester.object@example.com' -Shipping ([pscustomobject]@{ city = 'Bergen'; country = 'NO' })

        $made.shipping.city | Should -Be 'Bergen'
    }

    It 'shows the password as (hidden) in -WhatIf, and sends nothing' {
        $before = (Get-Request 'POST *').Count

        $shown = Invoke-Child "New-WooCustomer -Email 'pester.whatif@example.com' -Password (ConvertTo-SecureString '$plainPassword' -AsPlainText -Force) -WhatIf; Set-WooCustomer -Email 'customer1@example.com' -Password (ConvertTo-SecureString '$plainPassword' -AsPlainText -Force) -WhatIf"

        $shown | Should -Match ([regex]::Escape("What if: new customer with the e-mail address 'pester.whatif@example.com': Create with email = 'pester.whatif@example.com', password = (hidden)"))
        $shown | Should -Match ([regex]::Escape("What if: customer 2 'customer1@example.com': Set password = (hidden)"))
        $shown | Should -Not -Match ([regex]::Escape($plainPassword))
        (Get-Request 'POST *').Count | Should -Be $before
    }

    It 'fails only the row whose e-mail address is taken, and says how to find who has it' {
        $rows = [pscustomobject]@{ email = 'customer3@example.com'; first_name = 'Taken' }, [pscustomobject]@{ email = 'pester.free@example.com'; first_name = 'Free' }

        $made = @($rows | New-WooCustomer -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info)

        $made.email | Should -Be @('pester.free@example.com')
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.registration-error-email-exists,*'
        $failures[0].TargetObject.email | Should -Be 'customer3@example.com'
        $failures[0].ErrorDetails.RecommendedAction | Should -BeLike "*Find it with Get-WooCustomer -Email 'customer3@example.com'*"
        Get-Summary $info | Should -Be 'New-WooCustomer: 1 applied, 0 unchanged, 1 failed.'
        (Get-WooCustomer -Id 4).first_name | Should -Be 'Carol'
    }

    It 'finds the holder of a taken address with the command its advice gives' {
        New-WooCustomer -Email 'admin@example.com' -ErrorVariable failures -ErrorAction SilentlyContinue
        $advice = $failures[0].ErrorDetails.RecommendedAction
        $command = [regex]::Match($advice, "Get-WooCustomer -Email '[^']+'").Value

        $found = Invoke-Expression $command

        $found.id | Should -Be 1
    }

    It 'finds a customer whose answer was lost by the e-mail address, and writes it out as made' {
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'POST'; Route = '^/wc/v3/customers/batch$'; Nth = 1; Action = 'gateway-timeout-after' } | Out-Null
        try {
            $made = New-WooCustomer -Email 'pester.lost@example.com' -OutcomeVariable out -ErrorVariable failures
            $sent = @(Get-WooFakeStoreScript -Store $store)[0].matched
        }
        finally { Clear-WooFakeStoreScript -Store $store }

        $failures.Count | Should -Be 0
        $made.email | Should -Be 'pester.lost@example.com'
        "$($out[0].Outcome)" | Should -Be 'Applied'
        $out[0].Message | Should -Be "its answer was lost; found by the e-mail address 'pester.lost@example.com'"
        $sent | Should -Be 1
    }

    It 'refuses a CSV cell for an address, which cannot hold one' {
        $before = (Get-Request 'POST *').Count

        [pscustomobject]@{ email = 'pester.csv@example.com'; billing = 'Oslo' } | New-WooCustomer -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[0].Exception.Message | Should -BeLike "new customer with the e-mail address 'pester.csv@example.com': billing: 'Oslo' is text, not an object*"
        (Get-Request 'POST *').Count | Should -Be $before
    }
}

Describe 'Set-WooCustomer' {
    It 'names a customer by e-mail, gives one a new address by id, and refuses a username' {
        $made = New-WooCustomer -Email 'pester.set@example.com' -FirstName Before

        $renamed = Set-WooCustomer -Email 'pester.set@example.com' -FirstName After -PassThru
        $moved = Set-WooCustomer -Id $made.id -Email 'pester.moved@example.com' -PassThru
        Set-WooCustomer -Id $made.id -Property @{ username = 'pester-other' } -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable info

        $renamed.first_name | Should -Be 'After'
        $moved.email | Should -Be 'pester.moved@example.com'
        (Get-WooCustomer -Email 'pester.moved@example.com').id | Should -Be $made.id
        (Get-Command Set-WooCustomer).Parameters.ContainsKey('Username') | Should -BeFalse
        { Set-WooCustomer -Id $made.id -Username 'x' } | Should -Throw -ErrorId 'NamedParameterNotFound,WooPS.Commands.SetWooCustomerCommand'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        $failures[0].Exception.Message | Should -Be "customer $($made.id): username can be given only when the customer is made."
        Get-Summary $info | Should -Be 'Set-WooCustomer: 0 applied, 0 unchanged, 1 failed.'
        (Get-WooCustomer -Id $made.id).username | Should -Be $made.username
    }

    It 'does not name a customer by the address a row beside its id gives it, but an object piped back by the address it was read with' {
        $made = New-WooCustomer -Email 'pester.label@example.com'

        $byRow = Invoke-Child "[pscustomobject]@{ id = $($made.id); email = 'customer2@example.com' } | Set-WooCustomer -WhatIf"
        $byObject = Invoke-Child "`$c = Get-WooCustomer -Id $($made.id); `$c.email = 'pester.label2@example.com'; `$c | Set-WooCustomer -WhatIf"

        $byRow | Should -Match ([regex]::Escape("What if: customer $($made.id): Set email = 'customer2@example.com'"))
        $byObject | Should -Match ([regex]::Escape("What if: customer $($made.id) 'pester.label@example.com': Set email = 'pester.label2@example.com'"))
    }

    It 'fails a row naming an address no customer has' {
        [pscustomobject]@{ email = 'pester.nobody@example.com'; first_name = 'X' } | Set-WooCustomer -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_email_not_found,*'
        $failures[0].TargetObject.email | Should -Be 'pester.nobody@example.com'
    }
}

Describe 'Remove-WooCustomer' {
    It 'deletes customers for good in one batch request, by e-mail or id' {
        $made = @('pester.gone1@example.com', 'pester.gone2@example.com', 'pester.gone3@example.com' | New-WooCustomer)
        $batches = (Get-Request 'POST */customers/batch').Count
        $deletes = (Get-Request 'DELETE *').Count

        $gone = @(Remove-WooCustomer -Email 'pester.gone1@example.com', 'pester.gone2@example.com' -Id $made[2].id -Confirm:$false -PassThru -InformationVariable info)

        Get-Summary $info | Should -Be 'Remove-WooCustomer: 3 applied, 0 unchanged, 0 failed.'
        @($gone.id | Sort-Object) | Should -Be @($made.id | Sort-Object)
        (Get-Request 'POST */customers/batch').Count - $batches | Should -Be 1
        (Get-Request 'DELETE *').Count | Should -Be $deletes
        Get-WooCustomer -Id $made.id -ErrorVariable missing -ErrorAction SilentlyContinue
        $missing.Count | Should -Be 3
        (Get-Command Remove-WooCustomer).Parameters.ContainsKey('Permanent') | Should -BeFalse
    }

    It 'asks before it deletes (ConfirmImpact High), and -WhatIf names the customer and says it is for good' {
        $attribute = (Get-Command Remove-WooCustomer).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0]

        $shown = Invoke-Child 'Remove-WooCustomer -Id 3 -WhatIf'

        "$($attribute.ConfirmImpact)" | Should -Be 'High'
        $shown | Should -Match ([regex]::Escape("What if: customer 3 'customer2@example.com': Delete for good"))
        (Get-WooCustomer -Id 3).email | Should -Be 'customer2@example.com'
    }

    It 'leaves a staff account alone, failing its row with its role, and deletes the customers beside it' {
        $leaver = New-WooCustomer -Email 'pester.leaver@example.com'
        $batches = (Get-Request 'POST */customers/batch').Count

        'admin@example.com', 'pester.leaver@example.com' | ForEach-Object { [pscustomobject]@{ email = $_ } } |
            Remove-WooCustomer -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue -InformationVariable info

        Get-Summary $info | Should -Be 'Remove-WooCustomer: 1 applied, 0 unchanged, 1 failed.'
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*'
        "$($refused[0])" | Should -Be "customer 1 'admin@example.com': it is a WordPress user with the role administrator, a staff account, not a customer; Remove-WooCustomer leaves staff accounts (administrator, shop_manager, editor, author, contributor) alone: remove them in WordPress under Users."
        $refused[0].TargetObject.email | Should -Be 'admin@example.com'
        (Get-WooCustomer -Id 1).email | Should -Be 'admin@example.com'
        Get-WooCustomer -Id $leaver.id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        @(Get-Request 'POST */customers/batch').Count - $batches | Should -Be 1
        @(Get-Request 'DELETE */customers/1*').Count | Should -Be 0
    }
}
