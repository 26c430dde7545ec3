#Requires -Version 7.2
# WooPS next to a module that loaded other versions of its dependencies first (as Az, Microsoft.Graph or PnP do).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:store = Start-WooFakeStore -Products 4
    $script:packages = Get-NuGetPackagesFolder
}

AfterAll {
    Stop-WooFakeStore -Store $store
}

Describe 'Dependency isolation' {
    It 'imports and works after older Microsoft.Extensions.* were loaded, and the other module keeps its versions' {
        $older = @(
            'microsoft.extensions.primitives/8.0.0/lib/net8.0/Microsoft.Extensions.Primitives.dll'
            'microsoft.extensions.dependencyinjection.abstractions/8.0.2/lib/net8.0/Microsoft.Extensions.DependencyInjection.Abstractions.dll'
            'microsoft.extensions.http/8.0.1/lib/net8.0/Microsoft.Extensions.Http.dll'
        ) | ForEach-Object { Join-Path $packages $_ }
        $older | ForEach-Object { $_ | Should -Exist }
        $key = $store.Keys.read_write
        $env:WOOPS_TEST_SECRET = $key.secret

        # A fresh process: what is loaded first matters, and this one already has WooPS.
        $script = {
            param($older, $module, $url, $key)
            $ErrorActionPreference = 'Stop'
            $older | ForEach-Object { Add-Type -Path $_ }
            Import-Module $module
            Connect-WooStore -Url $url -ConsumerKey $key -ConsumerSecret (ConvertTo-SecureString $env:WOOPS_TEST_SECRET -AsPlainText -Force) -WarningAction SilentlyContinue
            $products = @(Get-WooProduct)
            $primitives = [Microsoft.Extensions.Primitives.StringValues].Assembly
            [pscustomobject]@{
                Products          = $products.Count
                OtherStillWorks   = [Microsoft.Extensions.Primitives.StringValues]::new([string[]]('a', 'b')).Count
                OtherVersion      = $primitives.GetName().Version.ToString()
                HttpVersions      = ([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Microsoft.Extensions.Http' } |
                        ForEach-Object { '{0}@{1}' -f $_.GetName().Version, [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).GetType().Name } | Sort-Object) -join ','
            } | ConvertTo-Json -Compress
        }
        $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes(
                "& { $script } -older @('$($older -join "','")') -module '$env:WOOPS_MODULE' -url '$($store.HttpUrl)' -key '$($key.key)'"))
        $output = & (Get-DotnetHostPath) pwsh -NoProfile -NonInteractive -EncodedCommand $encoded 2>&1
        Remove-Item Env:WOOPS_TEST_SECRET

        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $result = ($output | Select-Object -Last 1) | ConvertFrom-Json
        $result.Products | Should -Be 4
        $result.OtherStillWorks | Should -Be 2
        $result.OtherVersion | Should -Be '8.0.0.0'
        # Both versions live side by side: the other module's in the default context, WooPS's in its own.
        $result.HttpVersions | Should -Be '10.0.0.0@CoreLoadContext,8.0.0.0@DefaultAssemblyLoadContext'
    }
}
