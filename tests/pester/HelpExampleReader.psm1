#Requires -Version 7.2
# Reads the examples out of the WooPS help: the markdown help of each cmdlet (src/WooPS/help/<Cmdlet>.md) and
# about_WooPS (src/WooPS/en-US/about_WooPS.help.txt). Used by HelpExamples.Tests.ps1.
#
# An example is
#   - in a cmdlet's markdown: a "### Example N: Title" under "## EXAMPLES"; its code is every fenced block that is not
#     ```output (what the converter puts in the MAML's code), joined by a blank line;
#   - in about_WooPS: a block of lines indented 8 spaces or more (blank lines inside it allowed) whose first line starts
#     like PowerShell: a variable, a comment, a quoted string, a keyword (if, try, foreach), or a Verb-Noun command followed by an
#     argument, a pipe or the end of the line. "Get-WooStore         Shows ..." (a command list) and
#     "-AuthMethod Basic   Basic only" (a parameter list) are text.
# Markers, read by the test and hidden from readers:
#   markdown:    <!-- example-needs: why -->            on a line of its own in the example (it is skipped, with why)
#                <!-- example-errors: Woo.a, Woo.b -->  the error ids the example shows on purpose
#   about_WooPS: # example-needs: why   /   # example-errors: Woo.a   as a comment line in the code

$script:CodeStart = '^(\$|#|''|\(|\[|@|if\s*\(|try\s*\{|foreach\s*\(|[A-Z][a-z]+-[A-Z][A-Za-z]+(\s+[^\s,]|\s*\||\s*$))'
$script:TextStart = '^\S+(\s{2,}\S|,)'

function New-HelpExample([string]$Source, [int]$Number, [string]$Title, [string[]]$CodeLines, [string[]]$MarkerLines) {
    $needs = $null
    $errors = @()
    foreach ($m in @($MarkerLines)) {
        if ($m -match 'example-needs:\s*(.+?)\s*(-->)?\s*$') { $needs = $Matches[1] }
        elseif ($m -match 'example-errors:\s*(.+?)\s*(-->)?\s*$') { $errors += @($Matches[1] -split '\s*,\s*' | Where-Object { $_ }) }
    }
    [pscustomobject]@{
        Source = $Source
        Number = $Number
        Title  = $Title
        Code   = ($CodeLines -join "`n").Trim()
        Lines  = @($CodeLines)
        Needs  = $needs
        Errors = $errors
    }
}

function Get-MarkdownHelpExample {
    <# The examples of one cmdlet's markdown help, in order (Number 1, 2, ...). #>
    param([Parameter(Mandatory)][string]$Path)
    $name = [System.IO.Path]::GetFileNameWithoutExtension($Path)
    $lines = [System.IO.File]::ReadAllText($Path) -replace "`r`n", "`n" -split "`n"
    $inExamples = $false
    $inFence = $false
    $fenceIsCode = $false
    $current = $null
    $found = [System.Collections.Generic.List[object]]::new()
    $flush = {
        if ($current) { $found.Add((New-HelpExample $name ($found.Count + 1) $current.Title $current.Code $current.Markers)) }
    }
    foreach ($line in $lines) {
        if ($inFence) {
            if ($line -match '^\s*```\s*$') { $inFence = $false; if ($fenceIsCode) { $current.Code.Add('') } }
            elseif ($fenceIsCode) { $current.Code.Add($line) }
            continue
        }
        if ($line -match '^##\s+(.+?)\s*$' -and $line -notmatch '^###') {
            . $flush; $current = $null
            $inExamples = $Matches[1] -eq 'EXAMPLES'
            continue
        }
        if (-not $inExamples) { continue }
        if ($line -match '^###\s+(.+?)\s*$') {
            . $flush
            $current = @{ Title = $Matches[1]; Code = [System.Collections.Generic.List[string]]::new(); Markers = [System.Collections.Generic.List[string]]::new() }
            continue
        }
        if (-not $current) { continue }
        if ($line -match '^\s*```\s*(\S*)') {
            $inFence = $true
            $fenceIsCode = $Matches[1] -ne 'output'
            continue
        }
        if ($line -match '<!--\s*example-') { $current.Markers.Add($line) }
    }
    . $flush
    $found
}

function Get-AboutHelpExample {
    <# The code blocks of about_WooPS, in order, each titled by the section it is in. #>
    param([Parameter(Mandatory)][string]$Path)
    $lines = [System.IO.File]::ReadAllText($Path) -replace "`r`n", "`n" -split "`n"
    $found = [System.Collections.Generic.List[object]]::new()
    $section = ''
    $block = $null
    $flush = {
        if ($block) {
            while ($block.Count -and -not $block[$block.Count - 1].Trim()) { $block.RemoveAt($block.Count - 1) }
            if ($block.Count -and $block[0].Trim() -match $CodeStart -and $block[0].Trim() -notmatch $TextStart) {
                $code = @($block | ForEach-Object { if ($_.Length -ge 8) { $_.Substring(8) } else { $_.TrimStart() } })
                $markers = @($code | Where-Object { $_ -match '^\s*#\s*example-(needs|errors):' })
                $found.Add((New-HelpExample 'about_WooPS' ($found.Count + 1) $section $code $markers))
            }
        }
    }
    foreach ($line in $lines) {
        if ($line -match '^[A-Z]') { . $flush; $block = $null; $section = $line.Trim(); continue }
        if ($line -match '^ {8}') {
            if (-not $block) { $block = [System.Collections.Generic.List[string]]::new() }
            $block.Add($line)
            continue
        }
        if (-not $line.Trim()) { if ($block) { $block.Add('') }; continue }
        . $flush; $block = $null
    }
    . $flush
    $found
}

function Test-HelpCodeLine {
    <# Why a line of code looks like output instead (a table, a prompt, a message as PowerShell shows it), or $null. #>
    param([AllowEmptyString()][string]$Line)
    if ($Line -match '^\s*PS( [^>]*)?>') { return 'a prompt' }
    if ($Line -match '^\s*-{2,}(\s+-{2,})*\s*$') { return "a table's header underline" }
    if ($Line -match '^(WARNING|VERBOSE|DEBUG|What if|Confirm):') { return 'a message as the console shows it' }
    if ($Line -match '^[A-Z][a-z]+-Woo\w+: ') { return 'an error as the console shows it' }
    if ($Line -match '^\s*Total count: \d') { return 'output of -IncludeTotalCount' }
    $null
}

Export-ModuleMember -Function Get-MarkdownHelpExample, Get-AboutHelpExample, Test-HelpCodeLine
