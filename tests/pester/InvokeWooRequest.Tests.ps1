#Requires -Version 7.2
# Invoke-WooRequest, the user's view: routes written every way, answers typed or as read, -All, -Raw, HEAD, -WhatIf
# and -Confirm, writes, the three auth schemes, the errors that explain themselves, and the secret kept out of sight.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 25 -Coupons 3
    $script:rw = $store.Keys.read_write
    $script:oauth = Connect-WooStore -Url $store.HttpUrl -ConsumerKey $rw.key -ConsumerSecret (New-TestSecret -Plain $rw.secret) -PassThru -WarningAction SilentlyContinue
    $script:queryString = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.key -ConsumerSecret (New-TestSecret -Plain $rw.secret) -AuthMethod QueryString -SkipCertificateCheck -PassThru -WarningAction SilentlyContinue
    # The default session: https, Basic.
    $script:basic = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.key -ConsumerSecret (New-TestSecret -Plain $rw.secret) -SkipCertificateCheck -PassThru -WarningAction SilentlyContinue

    # "METHOD /path" of each request the store saw since $Before of them.
    function Get-RequestSince([int]$Before) { @(Get-WooFakeStoreRequest -Store $store | Select-Object -Skip $Before) }
    function Get-RequestCount { @(Get-WooFakeStoreRequest -Store $store).Count }

    # Everything a user, a log or a transcript could see of $Value, flattened to text.
    function ConvertTo-VisibleText($Value) {
        $text = foreach ($item in @($Value)) {
            if ($null -eq $item) { continue }
            $item | Out-String -Width 500
            "$item"
            if ($item -is [System.Management.Automation.ErrorRecord]) {
                $exception = $item.Exception
                while ($exception) {
                    $exception | Format-List * -Force | Out-String -Width 500
                    $exception.ToString()
                    $exception = $exception.InnerException
                }
                $item.ErrorDetails | Format-List * -Force | Out-String -Width 500
                "$($item.TargetObject)"
            }
            elseif ($item -isnot [System.Management.Automation.InformationalRecord]) {
                # What the store answered, to the depth WooCommerce nests it (a stream's record says all in its text).
                try { $item | ConvertTo-Json -Depth 5 -Compress -WarningAction SilentlyContinue } catch { }
            }
        }
        $text -join "`n"
    }
}

AfterAll {
    Get-WooStore | Disconnect-WooStore
    $oauth, $queryString | Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Routes' {
    It 'reads a route relative to wc/v3, absolute, under /wp-json and as an address of the store, typed as its resource: <Path>' -ForEach @(
        @{ Path = 'products/10' }
        @{ Path = '/wc/v3/products/10' }
        @{ Path = '/wp-json/wc/v3/products/10' }
        @{ Path = '/?rest_route=/wc/v3/products/10' }
        @{ Path = 'FULL' }
    ) {
        $asked = if ($Path -eq 'FULL') { "$($store.HttpsUrl)/wp-json/wc/v3/products/10" } else { $Path }
        $before = Get-RequestCount

        $product = @(Invoke-WooRequest $asked)

        $product.Count | Should -Be 1
        $product[0].id | Should -Be 10
        $product[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Product'
        $product[0].regular_price | Should -BeOfType [decimal]
        $product[0].date_created | Should -BeOfType [datetime]
        # Whatever the form, the request went to /wp-json/…, where the key authenticates.
        Get-RequestSince $before | Should -Be @('GET /wp-json/wc/v3/products/10')
    }

    It 'writes a list one item at a time down the pipeline, as its resource' {
        $coupons = @(Invoke-WooRequest coupons)
        $first = @(Invoke-WooRequest coupons | Select-Object -First 1)

        $coupons.Count | Should -Be 3
        @($coupons | Where-Object { $_.PSObject.TypeNames[0] -ne 'WooPS.Coupon' }).Count | Should -Be 0
        $coupons[0].amount | Should -BeOfType [decimal]
        $first.Count | Should -Be 1
        # Typed as Get-WooCoupon types them: its view shows.
        ($coupons | Out-String) | Should -Match 'discount_type'
    }

    It 'writes a route WooPS has no cmdlet for as read, and says which in the verbose stream' {
        $statusVerbose = @(Invoke-WooRequest system_status -Verbose 4>&1)
        $status = @($statusVerbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $productVerbose = @(Invoke-WooRequest products/10 -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })

        $status.Count | Should -Be 1
        $status[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Item'
        $status[0].environment.version | Should -Be '10.0.2'
        $status[0].settings.number_of_decimals | Should -Be 2
        "$($statusVerbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })" | Should -BeLike '*GET /wc/v3/system_status is a route WooPS has no cmdlet for*WooPS.Item*'
        "$productVerbose" | Should -BeLike '*GET /wc/v3/products/10 is a route of products: items are written as WooPS.Product*'
    }

    It 'lists the general settings, whose price decimals are the store''s, and reads one setting alone' {
        $settings = @(Invoke-WooRequest settings/general)
        $decimals = Invoke-WooRequest settings/general/woocommerce_price_num_decimals

        ($settings | Where-Object id -EQ 'woocommerce_price_num_decimals').value | Should -Be '2'
        $settings.id | Should -Contain 'woocommerce_currency'
        $decimals.value | Should -Be '2'
        $decimals.group_id | Should -Be 'general'
    }

    It 'reads a currency by code in any case, with its symbol as the store writes it' {
        $usd = Invoke-WooRequest data/currencies/usd

        $usd.code | Should -Be 'USD'
        $usd.symbol | Should -Be '&#36;'
    }
}

Describe '-All' {
    It 'equals the page-by-page list, in order, and its count matches X-WP-Total' {
        $query = @{ per_page = 7; orderby = 'id'; order = 'asc' }
        $byPage = foreach ($page in 1..4) { Invoke-WooRequest products -Query ($query + @{ page = $page }) }
        $total = [int](Invoke-WooRequest products -Method Head -Raw).Headers['X-WP-Total']
        $before = Get-RequestCount

        $all = @(Invoke-WooRequest products -All -Query $query)

        $all.id | Should -Be $byPage.id
        $all.Count | Should -Be $total
        $all.Count | Should -Be 25
        $all[0].PSObject.TypeNames[0] | Should -Be 'WooPS.Product'
        (Get-RequestSince $before | Where-Object { $_ -eq 'GET /wp-json/wc/v3/products' }).Count | Should -Be 4
    }

    It 'asks once where the store announces no pages' {
        $before = Get-RequestCount

        $currencies = @(Invoke-WooRequest data/currencies -All)

        $currencies.code | Should -Contain 'EUR'
        Get-RequestSince $before | Should -Be @('GET /wp-json/wc/v3/data/currencies')
    }

    It 'is refused with a method other than GET, and with -Raw, before anything is sent' {
        $before = Get-RequestCount

        { Invoke-WooRequest products -Method Post -All -Body @{ name = 'x' } -Confirm:$false } | Should -Throw -ErrorId 'Woo.woops_wrong_input,WooPS.Commands.InvokeWooRequestCommand' -ExpectedMessage '*-All follows the pages of a GET; a POST is one request.*'
        { Invoke-WooRequest products -All -Raw } | Should -Throw -ErrorId 'Woo.woops_wrong_input,WooPS.Commands.InvokeWooRequestCommand'

        Get-RequestSince $before | Should -BeNullOrEmpty
    }
}

Describe '-Raw and HEAD' {
    It '-Raw gives the status, the headers without credentials, the content type and the body as text' {
        $raw = @(Invoke-WooRequest products -Query @{ per_page = 5 } -Raw -Session $queryString)

        $raw.Count | Should -Be 1
        $raw[0].PSObject.TypeNames[0] | Should -Be 'WooPS.RawResponse'
        $raw[0].StatusCode | Should -Be 200
        $raw[0].ContentType | Should -BeLike 'application/json*'
        $raw[0].Headers['x-wp-total'] | Should -Be '25'
        $raw[0].Headers['Link'] | Should -BeLike '*per_page=5*page=2*'
        $raw[0].Headers['Link'] | Should -Not -BeLike '*consumer_*'
        @($raw[0].Content | ConvertFrom-Json).Count | Should -Be 5
        $raw[0].Uri | Should -Be "$($store.HttpsUrl)/wp-json/wc/v3/products?per_page=5"
        $shown = $raw[0] | Out-String -Width 200
        $shown | Should -Match 'StatusCode\s+: 200'
        $shown | Should -Match 'X-WP-TotalPages: 5'
    }

    It '-Raw leaves errors errors' {
        { Invoke-WooRequest nope -Raw } | Should -Throw -ErrorId 'Woo.rest_no_route,WooPS.Commands.InvokeWooRequestCommand'
    }

    It 'HEAD writes nothing; with -Raw its paging headers, as capture 67g' {
        $nothing = @(Invoke-WooRequest products -Method Head -Query @{ per_page = 1 })
        $head = Invoke-WooRequest products -Method Head -Query @{ per_page = 1 } -Raw

        $nothing.Count | Should -Be 0
        $head.StatusCode | Should -Be 200
        $head.Headers['X-WP-TotalPages'] | Should -Be '25'
        $head.Content | Should -BeExactly ''
    }
}

Describe 'Writes' {
    It 'a POST with a hashtable and a PUT with an object round trip: the store keeps what was sent' {
        $made = Invoke-WooRequest products -Method Post -Body @{ name = 'Generic Tee'; regular_price = 19.9; sku = 'PESTER-GENERIC' }
        $changed = Invoke-WooRequest "products/$($made.id)" -Method Put -Body ([pscustomobject]@{ regular_price = '24.50'; stock_quantity = 3; manage_stock = $true })
        $read = Invoke-WooRequest "products/$($made.id)"

        $made.PSObject.TypeNames[0] | Should -Be 'WooPS.Product'
        $made.regular_price | Should -Be 19.9
        $changed.regular_price | Should -Be 24.5
        $read.regular_price | Should -Be 24.5
        $read.stock_quantity | Should -Be 3
        (Get-WooProduct -Sku PESTER-GENERIC).id | Should -Be $made.id
    }

    It 'sends JSON text as it is, and refuses text that is not JSON or a body with a GET before sending' {
        $before = Get-RequestCount
        { Invoke-WooRequest products/11 -Method Put -Body '{"name": ' } | Should -Throw -ErrorId 'Woo.woops_wrong_input,WooPS.Commands.InvokeWooRequestCommand' -ExpectedMessage 'The body is text that is not JSON*'
        { Invoke-WooRequest products/11 -Body @{ name = 'x' } } | Should -Throw -ExpectedMessage 'A GET request has no body*'
        Get-RequestSince $before | Should -BeNullOrEmpty

        $renamed = Invoke-WooRequest products/11 -Method Put -Body '{"name":"Renamed by JSON"}'

        $renamed.name | Should -Be 'Renamed by JSON'
    }

    It '-WhatIf sends nothing but what a GET reads, and names the method and the address' {
        $before = Get-RequestCount

        Invoke-WooRequest products -Method Post -Body @{ name = 'Never' } -WhatIf
        Invoke-WooRequest products/12 -Method Put -Body @{ name = 'Never' } -WhatIf
        Invoke-WooRequest products/12 -Method Delete -Query @{ force = $true } -WhatIf
        $read = Invoke-WooRequest products/12 -WhatIf

        Get-RequestSince $before | Should -Be @('GET /wp-json/wc/v3/products/12')
        $read.name | Should -Not -Be 'Never'
        # The message goes to the host; ShouldProcess's target is the address, never a credential.
        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript -Path $transcript -UseMinimalHeader | Out-Null
        try { Invoke-WooRequest products/12 -Method Delete -Session $queryString -WhatIf } finally { Stop-Transcript | Out-Null }
        $said = Get-Content -Raw $transcript
        $said | Should -BeLike "*What if: Performing the operation `"DELETE`" on target `"$($store.HttpsUrl)/wp-json/wc/v3/products/12`"*"
        $said | Should -Not -BeLike "*$($rw.secret)*"
    }

    It 'asks before a DELETE (High) and not before a POST (Medium); -Confirm:$false asks nothing' {
        (Get-Command Invoke-WooRequest).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'Medium'
        $made = Invoke-WooRequest products -Method Post -Body @{ name = 'To delete' }
        # A runspace with no host to ask: a prompt fails there instead of waiting.
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                    param($module, $session, $id)
                    Import-Module $module
                    $ConfirmPreference = 'High'
                    try { Invoke-WooRequest "products/$id" -Method Delete -Session $session -ErrorAction Stop; 'sent' } catch { "asked: $($_.Exception.GetType().Name)" }
                    $made = Invoke-WooRequest products -Method Post -Body @{ name = 'Not asked' } -Session $session
                    "posted $($made.id)"
                }).AddArgument($env:WOOPS_MODULE).AddArgument($basic).AddArgument($made.id)
            $before = Get-RequestCount

            $said = @($ps.Invoke())

            $said[0] | Should -BeLike 'asked: *'
            $said[1] | Should -BeLike 'posted *'
            Get-RequestSince $before | Should -Be @('POST /wp-json/wc/v3/products')
        }
        finally { $ps.Dispose() }

        $trashed = Invoke-WooRequest "products/$($made.id)" -Method Delete -Confirm:$false

        $trashed.id | Should -Be $made.id
        (Invoke-WooRequest "products/$($made.id)").status | Should -Be 'trash'
    }
}

Describe 'Queries and auth schemes' {
    It 'sends reserved characters, an array and a date over <Name>, and the store accepts the signature' -ForEach @(
        @{ Name = 'OAuth (http)'; Session = 'oauth' }
        @{ Name = 'query-string auth (https)'; Session = 'queryString' }
        @{ Name = 'Basic (https)'; Session = 'basic' }
    ) {
        $session = Get-Variable -Name $Session -Scope Script -ValueOnly
        $ids = 10..21

        $byArray = @(Invoke-WooRequest products -Session $session -Query @{ include = $ids; per_page = 100; orderby = 'id'; order = 'asc' })
        $byList = @(Invoke-WooRequest products -Session $session -Query @{ include = $ids -join ','; per_page = 100; orderby = 'id'; order = 'asc' })
        $reserved = @(Invoke-WooRequest 'products?search=Tee%20%26%20Co%2F%C3%BC%2Bx~' -Session $session -Query @{ on_sale = $false; modified_after = [datetime]::new(2001, 1, 1, 0, 0, 0, [DateTimeKind]::Utc) })

        # PHP made an array of include[0]…include[11]: the same filter as the comma list.
        $byArray.id | Should -Be $byList.id
        $byArray.Count | Should -BeGreaterThan 0
        $reserved.Count | Should -Be 0
    }

    It 'an OAuth session''s array query is signed as WooCommerce rebuilds it (capture 62d)' {
        $before = Get-RequestCount

        $found = @(Invoke-WooRequest 'products?include[]=10&include[]=11&_fields=id' -Session $oauth)

        $found.Count | Should -BeGreaterThan 0
        ($found.id | Where-Object { $_ -notin 10, 11 }) | Should -BeNullOrEmpty
        Get-RequestSince $before | Should -Be @('GET /wp-json/wc/v3/products')
    }
}

Describe 'Errors' {
    It 'a WordPress route refuses the key: 401 says WooCommerce keys authenticate only WooCommerce''s routes' {
        $failure = $null
        try { Invoke-WooRequest /wp/v2/users/me -ErrorAction Stop } catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -Be 'Woo.rest_not_logged_in,WooPS.Commands.InvokeWooRequestCommand'
        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.TargetObject | Should -Be '/wp/v2/users/me'
        $failure.Exception.Message | Should -BeLike "*401*You are not currently logged in.*WooCommerce's API keys authenticate only WooCommerce's own routes (/wc/…, /wc-…)*"
    }

    It 'a route the store does not have says so: 404 rest_no_route, naming the route and the method' {
        $failure = $null
        try { Invoke-WooRequest /myplugin/v1/things -ErrorAction Stop } catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -Be 'Woo.rest_no_route,WooPS.Commands.InvokeWooRequestCommand'
        $failure.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure.Exception.Message | Should -BeLike 'GET /myplugin/v1/things: this store has no such route, or not for GET*plugin*active*'
    }

    It 'refuses a path that leaves the REST root, before sending: <Path>' -ForEach @(
        @{ Path = '../../wp-admin/options.php' }
        @{ Path = 'products/%2e%2e/%2e%2e/users' }
        @{ Path = 'https://elsewhere.example/wp-json/wc/v3/products' }
        @{ Path = '//elsewhere.example/wp-json/wc/v3/products' }
    ) {
        $before = Get-RequestCount
        $failure = $null

        try { Invoke-WooRequest $Path -ErrorAction Stop } catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -Be 'Woo.woops_wrong_input,WooPS.Commands.InvokeWooRequestCommand'
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-RequestSince $before | Should -BeNullOrEmpty
    }

    It 'a wrong key is WooCommerce''s own error, without the secret' {
        $wrong = 'cs_' + ('0' * 40)
        $session = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $rw.key -ConsumerSecret (New-TestSecret -Plain $wrong) -SkipCertificateCheck -SkipValidation -PassThru -WarningAction SilentlyContinue
        try {
            $failure = $null
            try { Invoke-WooRequest products -Session $session -ErrorAction Stop } catch { $failure = $_ }

            $failure.FullyQualifiedErrorId | Should -Be 'Woo.woocommerce_rest_authentication_error,WooPS.Commands.InvokeWooRequestCommand'
            $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
            $failure.Exception.Message | Should -Be 'Consumer secret is invalid.'
            ConvertTo-VisibleText $failure | Should -Not -Match $wrong
        }
        finally { $session | Disconnect-WooStore }
    }

    It 'Ctrl+C stops a request in flight' {
        Set-WooFakeStoreScript -Store $store -Rule @{ Method = 'GET'; Route = '^/wc/v3/system_status$'; Action = 'hold-before' } | Out-Null
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                    param($module, $session)
                    Import-Module $module
                    Invoke-WooRequest system_status -Session $session
                }).AddArgument($env:WOOPS_MODULE).AddArgument($basic)
            $running = $ps.BeginInvoke()
            Wait-WooFakeStoreHeld -Store $store -Rule 0 -Count 1
            $clock = [Diagnostics.Stopwatch]::StartNew()

            $ps.Stop()

            $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            $running.IsCompleted | Should -BeTrue
        }
        finally {
            $ps.Dispose()
            Clear-WooFakeStoreScript -Store $store
        }
    }
}

Describe 'The secret stays secret' {
    It 'in the output, verbose stream and errors of every kind of request over <Name>' -ForEach @(
        @{ Name = 'query-string auth (https)'; Session = 'queryString' }
        @{ Name = 'OAuth (http)'; Session = 'oauth' }
    ) {
        $session = Get-Variable -Name $Session -Scope Script -ValueOnly
        $everything = [System.Collections.Generic.List[object]]::new()
        $requests = @(
            { Invoke-WooRequest products -Query @{ per_page = 2; search = 'a b' } -Session $session -Verbose }
            { Invoke-WooRequest coupons -All -Query @{ per_page = 2 } -Session $session -Verbose }
            { Invoke-WooRequest products -Query @{ per_page = 3 } -Raw -Session $session -Verbose }
            { Invoke-WooRequest products -Method Head -Raw -Session $session -Verbose }
            { Invoke-WooRequest products -Method Post -Body @{ name = 'Secret test' } -Session $session -Verbose }
            { Invoke-WooRequest nope -Session $session -Verbose }
            { Invoke-WooRequest /wp/v2/users/me -Session $session -Verbose }
        )
        foreach ($request in $requests) {
            try { & $request *>&1 | ForEach-Object { $everything.Add($_) } } catch { $everything.Add($_) }
        }

        @($everything | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -BeGreaterThan 8
        @($everything | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -Be 2
        $text = ConvertTo-VisibleText $everything
        $text | Should -Not -BeNullOrEmpty
        $text | Should -Not -Match ([regex]::Escape($rw.secret.Substring(3)))
        $text | Should -Not -Match 'oauth_signature'
    }
}
