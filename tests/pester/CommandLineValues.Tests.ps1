#Requires -Version 7.2
# Values given on the command line that cannot be read end only the command they were given to, and never a later
# one; -OutcomeVariable never holds an earlier command's rows; with -ErrorAction Stop the rows before a refused one
# are written before the error.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 30 -Coupons 3
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -WarningAction SilentlyContinue
    $script:simple = @(Get-WooProduct -Type simple)
    function Get-Summary($Information) { @($Information | Where-Object { $_.Tags -contains 'Summary' })[-1].MessageData }
}

AfterAll {
    Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Values given on the command line' {
    It 'a value that cannot be read ends that command, naming it, and nothing is sent' {
        $before = @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like 'POST *' }).Count

        { Set-WooProduct -Id $simple[0].id -StockQuantity abc -ErrorAction Stop } |
            Should -Throw -ErrorId 'Woo.woops_wrong_input*' -ExpectedMessage "*Set-WooProduct cannot use what it was given: stock_quantity: 'abc' is not a whole number*"
        @(Get-WooFakeStoreRequest $store | Where-Object { $_ -like 'POST *' }).Count | Should -Be $before
    }

    It 'a command that never ran leaves nothing behind for the next one' {
        # PowerShell refuses -BatchSize 500 after it has read -StockQuantity: the command never starts.
        { Set-WooProduct -Id $simple[0].id -StockQuantity abc -BatchSize 500 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'

        Set-WooProduct -Id $simple[0].id -StockQuantity 5 -ManageStock $true -InformationVariable info

        Get-Summary $info | Should -Be 'Set-WooProduct: 1 applied, 0 unchanged, 0 failed.'
        (Get-WooProduct -Id $simple[0].id).stock_quantity | Should -Be 5
    }

    It 'a later command''s value that cannot be read is that command''s error, not an earlier one''s' {
        $failure = $null
        try { Set-WooProduct -Id $simple[1].id -StockQuantity 6 -ManageStock $true -PassThru | Set-WooCoupon -Code save001 -Amount abc } catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input,*SetWooCouponCommand'
        $failure.Exception.Message | Should -BeLike "Set-WooCoupon cannot use what it was given: amount: 'abc'*"
    }
}

Describe '-OutcomeVariable and -ErrorAction Stop' {
    It 'an earlier run''s rows are never left in the variable when a command fails at its start' {
        Set-WooProduct -Id $simple[2].id -StockQuantity 2 -ManageStock $true -OutcomeVariable out
        $out.Count | Should -Be 1

        # Set in this scope, as -OutVariable is: a try block, not a script block of its own.
        try { Set-WooProduct -Id $simple[2].id -StockQuantity x -OutcomeVariable out -ErrorAction Stop } catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input*'

        $out.Count | Should -Be 0
    }

    It 'with -ErrorAction Stop, the rows before one whose cell cannot be read are written before its error' {
        $rows = @(
            [pscustomobject]@{ id = $simple[3].id; regular_price = '5.00' }
            [pscustomobject]@{ id = $simple[4].id; regular_price = '6.00' }
            [pscustomobject]@{ id = $simple[5].id; regular_price = 'abc' }
        )

        try { $rows | Set-WooProduct -ErrorAction Stop -OutcomeVariable stopped } catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -BeLike 'Woo.woops_wrong_input*'

        @($stopped.Outcome) | Should -Be @('Applied', 'Applied', 'Failed')
        (Get-WooProduct -Id $simple[3].id).regular_price | Should -Be 5
        (Get-WooProduct -Id $simple[4].id).regular_price | Should -Be 6
    }
}
