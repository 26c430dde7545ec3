#Requires -Version 7.2
# Get-WooProduct as a user sees it: objects, types, views, pipeline, paging and errors.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-WooPSUnderTest
    $script:store = Start-WooFakeStore -Products 250
    $key = $store.Keys.read_write
    Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -WarningAction SilentlyContinue
    $script:all = @(Get-WooProduct)
}

AfterAll {
    Disconnect-WooStore
    Stop-WooFakeStore -Store $store
}

Describe 'Get-WooProduct listing' {
    It 'returns every product once, oldest id first' {
        $all.Count | Should -Be 250
        ($all.id | Sort-Object -Unique).Count | Should -Be 250
        $all.id | Should -Be ($all.id | Sort-Object)
    }

    It 'writes WooPS.Product objects with every field under WooCommerce''s own name' {
        $product = $all[0]
        $product.PSObject.TypeNames[0] | Should -Be 'WooPS.Product'
        foreach ($field in 'id', 'name', 'slug', 'permalink', 'type', 'status', 'sku', 'price', 'regular_price', 'sale_price',
            'stock_status', 'manage_stock', 'stock_quantity', 'categories', 'attributes', 'variations', 'meta_data', '_links') {
            $product.PSObject.Properties.Name | Should -Contain $field
        }
    }

    It 'types money as decimal (null when unset) and dates as datetime, the _gmt ones as UTC' {
        $product = $all | Where-Object { $null -ne $_.regular_price } | Select-Object -First 1
        $product.regular_price | Should -BeOfType [decimal]
        $product.regular_price * 2 | Should -Be ($product.regular_price + $product.regular_price)
        $product.date_created | Should -BeOfType [datetime]
        $product.date_created_gmt.Kind | Should -Be 'Utc'
        ($all | Where-Object { $null -eq $_.sale_price }) | Should -Not -BeNullOrEmpty
    }

    It 'shows a table of id, parent, sku, name, type, status, price and stock (the table variations share)' {
        $table = $all | Select-Object -First 2 | Format-Table | Out-String
        $table | Should -Match 'id\s+parent\s+sku\s+name\s+type\s+status\s+price\s+stock'
        $table | Should -Match ([regex]::Escape($all[0].sku))
    }

    It 'pages with -First and -Skip, asking only for the pages it needs' {
        $verbose = Get-WooProduct -Skip 120 -First 50 -Verbose 4>&1
        $products = @($verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $requests = @($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'GET *' })

        $products.id | Should -Be $all[120..169].id
        $requests.Count | Should -Be 1
        $requests[0].Message | Should -Match '[?&]page=2\b'
    }

    It 'asks for a small page when only a few are wanted' {
        $verbose = Get-WooProduct -First 3 -Verbose 4>&1
        ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'GET *' }).Message | Should -Match 'per_page=3&'
        @($verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 3
    }

    It 'reports the total with -IncludeTotalCount' {
        $output = Get-WooProduct -First 1 -IncludeTotalCount
        $output.Count | Should -Be 2
        $output[0].ToString() | Should -Match 'Total count: 250'
        $output[1].PSObject.TypeNames[0] | Should -Be 'WooPS.Product'
    }

    It 'filters by several exact SKUs at once' {
        $skus = $all[5].sku, $all[77].sku

        (Get-WooProduct -Sku $skus).sku | Should -Be $skus
    }

    It 'filters by search and status' {
        @(Get-WooProduct -Search $all[9].name).id | Should -Contain $all[9].id
        $drafts = @(Get-WooProduct -Status draft)
        $drafts.Count | Should -BeGreaterThan 0
        $drafts.Count | Should -Be @($all | Where-Object status -eq 'draft').Count
        $drafts.status | Sort-Object -Unique | Should -Be 'draft'
    }

    It 'stops when Select-Object -First has enough, before a second request goes out (counted by the store)' {
        $before = @(Get-WooFakeStoreRequest -Store $store).Count

        $first = Get-WooProduct | Select-Object -First 3

        $first.id | Should -Be $all[0..2].id
        $seen = @(Get-WooFakeStoreRequest -Store $store)
        $seen[$before..($seen.Count - 1)] | Should -Be 'GET /wp-json/wc/v3/products'
    }

    It 'fetches pages in parallel up to the session''s MaxConcurrency and writes them in order' {
        $session = Get-WooStore
        $session.MaxConcurrency | Should -Be 16
        try {
            $session.MaxConcurrency = 1
            $oneByOne = @(Get-WooProduct -PageSize 20)
            $session.MaxConcurrency = 8
            $parallel = @(Get-WooProduct -PageSize 20)
        }
        finally { $session.MaxConcurrency = 16 }

        $oneByOne.id | Should -Be $all.id
        $parallel.id | Should -Be $all.id
        { $session.MaxConcurrency = 0 } | Should -Throw
    }

    It 'shows progress for listings of more than one page' {
        $ps = [powershell]::Create()
        $null = $ps.AddScript({
                param($module, $url, $key, $secret)
                Import-Module $module
                Connect-WooStore -Url $url -ConsumerKey $key -ConsumerSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -WarningAction SilentlyContinue
                $null = Get-WooProduct
            }).AddArgument($env:WOOPS_MODULE).AddArgument($store.HttpUrl).AddArgument($store.Keys.read_write.key).AddArgument($store.Keys.read_write.secret)
        $null = $ps.Invoke()
        $progress = @($ps.Streams.Progress)
        $ps.Dispose()

        $progress.StatusDescription | Should -Contain 'page 2 of 3, 200 of 250 products'
        $progress[-1].RecordType | Should -Be 'Completed'
    }
}

Describe 'Get-WooProduct by id' {
    It 'takes ids as arguments and from the pipeline, by value and by property name' {
        (Get-WooProduct -Id $all[0].id, $all[1].id).id | Should -Be $all[0].id, $all[1].id
        ($all[2].id, $all[3].id | Get-WooProduct).id | Should -Be $all[2].id, $all[3].id
        ($all[4..5] | Get-WooProduct).id | Should -Be $all[4].id, $all[5].id
    }

    It 'writes a non-terminating ObjectNotFound error naming an unknown id and goes on' {
        $found = Get-WooProduct -Id $all[0].id, 999999, $all[1].id -ErrorVariable failures -ErrorAction SilentlyContinue

        $found.id | Should -Be $all[0].id, $all[1].id
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'Woo.woocommerce_rest_product_invalid_id,WooPS.Commands.GetWooProductCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be 999999
        $failures[0].Exception.Message | Should -Match '999999'
    }
}

Describe 'Store-wide failures' {
    It 'end Get-WooProduct -Id at the first id, with one terminating error, instead of one error per id' {
        $key = $store.Keys.read_write
        $wrongSecret = New-TestSecret -Plain ('cs_' + ('0' * 40))
        $broken = Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret $wrongSecret -SkipCertificateCheck -SkipValidation -PassThru -WarningAction SilentlyContinue
        try {
            $Error.Clear()
            { $all[0..2].id | Get-WooProduct -Session $broken -ErrorAction SilentlyContinue } |
                Should -Throw -ErrorId 'Woo.woocommerce_rest_authentication_error,WooPS.Commands.GetWooProductCommand'
            @($Error | Where-Object { $_.FullyQualifiedErrorId -like 'Woo.*' }).Count | Should -Be 1
        }
        finally {
            Connect-WooStore -Url $store.HttpsUrl -ConsumerKey $key.key -ConsumerSecret (New-TestSecret -Plain $key.secret) -SkipCertificateCheck -WarningAction SilentlyContinue
        }
    }
}

Describe 'Stopping' {
    It 'Ctrl+C (StopProcessing) ends a request in flight at once' {
        $slow = Start-WooFakeStore -Products 3 -DelayMs 20000
        try {
            $key = $slow.Keys.read_write
            $ps = [powershell]::Create()
            $null = $ps.AddScript({
                    param($module, $url, $key, $secret)
                    Import-Module $module
                    Connect-WooStore -Url $url -ConsumerKey $key -ConsumerSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -SkipValidation -WarningAction SilentlyContinue
                    Get-WooProduct
                }).AddArgument($env:WOOPS_MODULE).AddArgument($slow.HttpUrl).AddArgument($key.key).AddArgument($key.secret)
            $running = $ps.BeginInvoke()
            Wait-WooFakeStoreArrival -Store $slow -Request 'GET /wp-json/wc/v3/products'
            $clock = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()

            $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            $ps.Dispose()
        }
        finally { Stop-WooFakeStore -Store $slow }
    }
}
