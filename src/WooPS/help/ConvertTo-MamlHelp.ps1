#Requires -Version 7.2
<#
.SYNOPSIS
    Turns the WooPS markdown help (one <Cmdlet>.md per cmdlet) into the MAML file PowerShell reads (WooPS.dll-Help.xml).

.DESCRIPTION
    Imports the built module from -ModuleManifest into this session, and for every exported cmdlet combines its
    markdown file with what Get-Command knows (parameter sets, types, Mandatory, Position, pipeline input,
    aliases, ValidateSet values). Throws, listing every problem, when
      - an exported cmdlet has no markdown file, or a markdown file names no exported cmdlet;
      - a parameter of a cmdlet (common parameters aside) has no description in its markdown;
      - the markdown documents a parameter the cmdlet does not have;
      - a required section (SYNOPSIS, DESCRIPTION, EXAMPLES with code) is missing or empty;
    so the help cannot silently go stale when parameters change. Run it in a child pwsh: the import stays.

    The markdown format (platyPS-like):

        # Verb-Noun
        ## SYNOPSIS             one paragraph
        ## DESCRIPTION          paragraphs; "- " list items; ``` fenced code
        ## EXAMPLES
        ### Example 1: Title
        ```powershell           the code fences are the example's code, joined by a blank line; the text
        ...                     and the ```output fences (what it prints) are its remarks
        ```
        ## PARAMETERS
        ### -Name              description paragraphs; an optional line "Default value: X"
        ### CommonParameters   optional; its text is added to the NOTES (Get-Help's PARAMETERS list ends with its
                               own fixed <CommonParameters> text)
        ## INPUTS / ## OUTPUTS  "### TypeName" + description, one per type
        ## NOTES                paragraphs
        ## RELATED LINKS        "- [Text](uri)" lines; uri may be empty

.EXAMPLE
    pwsh -NoProfile -File src/WooPS/help/ConvertTo-MamlHelp.ps1 -HelpFolder src/WooPS/help `
        -ModuleManifest out/WooPS/WooPS.psd1 -OutputFile out/WooPS/en-US/WooPS.dll-Help.xml
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$HelpFolder,
    [Parameter(Mandatory)][string]$ModuleManifest,
    [Parameter(Mandatory)][string]$OutputFile
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$KnownSections = 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS'
$CommonParameterNames = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
foreach ($n in [System.Management.Automation.Cmdlet]::CommonParameters) { [void]$CommonParameterNames.Add($n) }
foreach ($n in [System.Management.Automation.Cmdlet]::OptionalCommonParameters) { [void]$CommonParameterNames.Add($n) }

$NsMaml = 'http://schemas.microsoft.com/maml/2004/10'
$NsCommand = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$NsDev = 'http://schemas.microsoft.com/maml/dev/2004/10'

#region Markdown

function Read-HelpMarkdown {
    <#
        Splits a markdown help file into its sections. Returns @{ Name; Sections = ordered name -> @{ Lines; Subsections } }
        where each subsection is @{ Title; Lines }. Headings inside fenced code are text.
    #>
    param([string]$Path, [System.Collections.Generic.List[string]]$Problems)

    $text = [System.IO.File]::ReadAllText($Path)
    $lines = $text -replace "`r`n", "`n" -replace "`r", "`n" -split "`n"
    $doc = @{ Name = $null; Sections = [ordered]@{} }
    $section = $null
    $sub = $null
    $inFence = $false
    $file = [System.IO.Path]::GetFileName($Path)
    foreach ($line in $lines) {
        if ($line -match '^\s*```') { $inFence = -not $inFence }
        elseif (-not $inFence) {
            if ($line -match '^#\s+(.+?)\s*$') {
                if ($doc.Name) { $Problems.Add("${file}: more than one '# ' heading ('$($Matches[1])').") }
                $doc.Name = $Matches[1]
                $section = $null; $sub = $null
                continue
            }
            if ($line -match '^##\s+(.+?)\s*$') {
                $title = $Matches[1].ToUpperInvariant()
                if ($title -notin $KnownSections) { $Problems.Add("${file}: unknown section '## $($Matches[1])' (known: $($KnownSections -join ', ')).") }
                if ($doc.Sections.Contains($title)) { $Problems.Add("${file}: section '## $title' appears twice.") }
                $section = @{ Lines = [System.Collections.Generic.List[string]]::new(); Subsections = [System.Collections.Generic.List[object]]::new() }
                $doc.Sections[$title] = $section
                $sub = $null
                continue
            }
            if ($line -match '^###\s+(.+?)\s*$') {
                if (-not $section) { $Problems.Add("${file}: '### $($Matches[1])' outside any '## ' section."); continue }
                $sub = @{ Title = $Matches[1]; Lines = [System.Collections.Generic.List[string]]::new() }
                $section.Subsections.Add($sub)
                continue
            }
        }
        if ($sub) { $sub.Lines.Add($line) }
        elseif ($section) { $section.Lines.Add($line) }
    }
    if ($inFence) { $Problems.Add("${file}: a ``````-fenced block is not closed.") }
    $doc
}

function ConvertFrom-InlineMarkdown([string]$Text) {
    # Plain text for the console: [text](uri) -> text (uri) (or text when uri is empty), no ** or `.
    $t = [regex]::Replace($Text, '\[([^\]]+)\]\(([^)]*)\)', { param($m) if ($m.Groups[2].Value) { "$($m.Groups[1].Value) ($($m.Groups[2].Value))" } else { $m.Groups[1].Value } })
    $t = [regex]::Replace($t, '\*\*([^*]+)\*\*', '$1')
    $t = [regex]::Replace($t, '`([^`]+)`', '$1')
    $t
}

function ConvertTo-Blocks {
    <#
        Markdown lines -> blocks: @{ Kind = 'para'|'code'; Text; Language }. Paragraph lines are joined with spaces;
        each "- " / "* " / "1. " item starts a paragraph of its own; fenced code keeps its lines.
    #>
    param([string[]]$Lines)
    $blocks = [System.Collections.Generic.List[object]]::new()
    $para = [System.Collections.Generic.List[string]]::new()
    $code = $null
    $language = ''
    $flush = {
        if ($para.Count -gt 0) {
            $blocks.Add(@{ Kind = 'para'; Text = (ConvertFrom-InlineMarkdown (($para | ForEach-Object { $_.Trim() }) -join ' ')) })
            $para.Clear()
        }
    }
    foreach ($line in @($Lines)) {
        if ($null -ne $code) {
            if ($line -match '^\s*```\s*$') {
                $blocks.Add(@{ Kind = 'code'; Text = ($code -join "`n").TrimEnd(); Language = $language })
                $code = $null
            }
            else { $code.Add($line) }
            continue
        }
        if ($line -match '^\s*```\s*(\S*)\s*$') {
            . $flush
            $code = [System.Collections.Generic.List[string]]::new()
            $language = $Matches[1]
            continue
        }
        if ($line -match '^\s*$') { . $flush; continue }
        # <!-- example-needs: … --> and <!-- example-errors: … --> are for tests/pester/HelpExamples.Tests.ps1, not for readers.
        if ($line -match '^\s*<!--.*-->\s*$') { . $flush; continue }
        if ($line -match '^\s*([-*]|\d+\.)\s+') { . $flush }
        $para.Add($line)
    }
    . $flush
    , $blocks
}

function Get-Paragraphs([string[]]$Lines) {
    # Blocks as MAML paragraph texts; a code block is one paragraph with its lines as they are.
    foreach ($b in (ConvertTo-Blocks $Lines)) {
        if ($b.Text) { $b.Text }
    }
}

#endregion

#region Command metadata

function Get-TypeDisplayName([type]$Type) {
    if ($Type.IsArray) { return (Get-TypeDisplayName $Type.GetElementType()) + '[]' }
    if ($Type.IsGenericType) {
        $base = $Type.Name.Substring(0, $Type.Name.IndexOf('`'))
        return "$base[$(($Type.GetGenericArguments() | ForEach-Object { Get-TypeDisplayName $_ }) -join ',')]"
    }
    $Type.Name
}

function Get-PipelineInputText([bool]$ByValue, [bool]$ByName) {
    if ($ByValue -and $ByName) { 'True (ByValue, ByPropertyName)' }
    elseif ($ByValue) { 'True (ByValue)' }
    elseif ($ByName) { 'True (ByPropertyName)' }
    else { 'False' }
}

function Get-ValidateSetValues($ParameterMetadata) {
    foreach ($a in $ParameterMetadata.Attributes) {
        if ($a -is [System.Management.Automation.ValidateSetAttribute]) { return , @($a.ValidValues) }
    }
    , @()
}

#endregion

#region MAML writing

function Write-Paragraphs([System.Xml.XmlWriter]$W, [string[]]$Paragraphs) {
    foreach ($p in @($Paragraphs)) {
        if ($null -eq $p) { continue }
        $W.WriteElementString('maml', 'para', $NsMaml, $p)
    }
}

function Write-Description([System.Xml.XmlWriter]$W, [string[]]$Paragraphs) {
    $W.WriteStartElement('maml', 'description', $NsMaml)
    Write-Paragraphs $W $Paragraphs
    $W.WriteEndElement()
}

function Write-Parameter {
    param(
        [System.Xml.XmlWriter]$W, [string]$Name, [type]$Type, [bool]$Required, [string]$Position,
        [string]$PipelineInput, [string[]]$Aliases, [string[]]$Description, [string]$DefaultValue, [string[]]$ValidValues
    )
    $isSwitch = $Type -eq [System.Management.Automation.SwitchParameter]
    $W.WriteStartElement('command', 'parameter', $NsCommand)
    $W.WriteAttributeString('required', $Required.ToString().ToLowerInvariant())
    $W.WriteAttributeString('variableLength', $Type.IsArray.ToString().ToLowerInvariant())
    $W.WriteAttributeString('globbing', 'false')
    $W.WriteAttributeString('pipelineInput', $PipelineInput)
    $W.WriteAttributeString('position', $Position)
    $W.WriteAttributeString('aliases', $(if ($Aliases.Count) { $Aliases -join ', ' } else { 'none' }))
    $W.WriteElementString('maml', 'name', $NsMaml, $Name)
    Write-Description $W $Description
    if ($ValidValues.Count -gt 0) {
        $W.WriteStartElement('command', 'parameterValueGroup', $NsCommand)
        foreach ($v in $ValidValues) {
            $W.WriteStartElement('command', 'parameterValue', $NsCommand)
            $W.WriteAttributeString('required', 'false')
            $W.WriteAttributeString('command', 'variableLength', $NsCommand, 'false')
            $W.WriteString($v)
            $W.WriteEndElement()
        }
        $W.WriteEndElement()
    }
    if (-not $isSwitch) {
        $W.WriteStartElement('command', 'parameterValue', $NsCommand)
        $W.WriteAttributeString('required', 'true')
        $W.WriteAttributeString('variableLength', $Type.IsArray.ToString().ToLowerInvariant())
        $W.WriteString((Get-TypeDisplayName $Type))
        $W.WriteEndElement()
    }
    $W.WriteStartElement('dev', 'type', $NsDev)
    $W.WriteElementString('maml', 'name', $NsMaml, $Type.FullName)
    $W.WriteElementString('maml', 'uri', $NsMaml, '')
    $W.WriteEndElement()
    $W.WriteElementString('dev', 'defaultValue', $NsDev, $(if ($DefaultValue) { $DefaultValue } elseif ($isSwitch) { 'False' } else { 'None' }))
    $W.WriteEndElement()
}

function Write-TypeList([System.Xml.XmlWriter]$W, [string]$ListElement, [string]$ItemElement, $Subsections) {
    $W.WriteStartElement('command', $ListElement, $NsCommand)
    foreach ($s in $Subsections) {
        $W.WriteStartElement('command', $ItemElement, $NsCommand)
        $W.WriteStartElement('dev', 'type', $NsDev)
        $W.WriteElementString('maml', 'name', $NsMaml, $s.Title)
        $W.WriteEndElement()
        Write-Description $W @(Get-Paragraphs $s.Lines)
        $W.WriteEndElement()
    }
    $W.WriteEndElement()
}

#endregion

$problems = [System.Collections.Generic.List[string]]::new()

if (-not (Test-Path -LiteralPath $HelpFolder -PathType Container)) { throw "Help folder not found: $HelpFolder" }
if (-not (Test-Path -LiteralPath $ModuleManifest -PathType Leaf)) { throw "Module manifest not found: $ModuleManifest" }

$module = Import-Module -Name (Resolve-Path -LiteralPath $ModuleManifest).ProviderPath -Force -PassThru -ErrorAction Stop
$cmdlets = @($module.ExportedCmdlets.Values | Sort-Object Name)
if ($cmdlets.Count -eq 0) { throw "$ModuleManifest exports no cmdlets." }

$markdownFiles = @{}
foreach ($f in Get-ChildItem -LiteralPath $HelpFolder -Filter '*.md' -File) {
    if ($f.BaseName -ieq 'README') { continue }
    $markdownFiles[$f.BaseName] = $f.FullName
}
foreach ($name in $markdownFiles.Keys) {
    if ($name -notin $cmdlets.Name) { $problems.Add("$name.md: the module exports no cmdlet $name (renamed or removed? delete or rename the file).") }
}

$documents = [System.Collections.Generic.List[object]]::new()
foreach ($cmd in $cmdlets) {
    $name = $cmd.Name
    if (-not $markdownFiles.ContainsKey($name)) {
        $problems.Add("${name}: no markdown help; write $(Join-Path $HelpFolder "$name.md").")
        continue
    }
    $file = "$name.md"
    $doc = Read-HelpMarkdown -Path $markdownFiles[$name] -Problems $problems
    if ($doc.Name -ne $name) { $problems.Add("${file}: the '# ' heading is '$($doc.Name)', expected '$name'.") }

    $synopsis = @(if ($doc.Sections.Contains('SYNOPSIS')) { Get-Paragraphs $doc.Sections['SYNOPSIS'].Lines })
    if (-not ($synopsis -join '').Trim()) { $problems.Add("${file}: '## SYNOPSIS' is missing or empty.") }
    $description = @(if ($doc.Sections.Contains('DESCRIPTION')) { Get-Paragraphs $doc.Sections['DESCRIPTION'].Lines })
    if (-not ($description -join '').Trim()) { $problems.Add("${file}: '## DESCRIPTION' is missing or empty.") }

    # Examples: the code fences (```powershell) are the code, joined by a blank line; the text and the ```output
    # fences are the remarks, in their order, so that what a command prints is never shown as code to run.
    $examples = [System.Collections.Generic.List[object]]::new()
    if ($doc.Sections.Contains('EXAMPLES')) {
        foreach ($s in $doc.Sections['EXAMPLES'].Subsections) {
            $blocks = ConvertTo-Blocks $s.Lines
            $codeBlocks = @($blocks | Where-Object { $_.Kind -eq 'code' -and $_.Language -ne 'output' -and $_.Text.Trim() })
            if (-not $codeBlocks) { $problems.Add("${file}: example '$($s.Title)' has no code block (only ``````output does not count)."); continue }
            $code = @($codeBlocks | ForEach-Object Text) -join "`n`n"
            $remarks = @($blocks | Where-Object { $_.Kind -eq 'para' -or ($_.Kind -eq 'code' -and $_.Language -eq 'output') } | ForEach-Object Text)
            $examples.Add(@{ Title = $s.Title; Code = $code; Remarks = $remarks })
        }
    }
    if ($examples.Count -eq 0) { $problems.Add("${file}: '## EXAMPLES' has no '### Example' with code.") }

    # Parameters: every non-common parameter documented, nothing documented that does not exist.
    $documented = [ordered]@{}
    $commonText = @()
    if ($doc.Sections.Contains('PARAMETERS')) {
        foreach ($s in $doc.Sections['PARAMETERS'].Subsections) {
            if ($s.Title -ieq 'CommonParameters') { $commonText = @(Get-Paragraphs $s.Lines); continue }
            if ($s.Title -notmatch '^-(\w+)$') { $problems.Add("${file}: parameter heading '### $($s.Title)' is not '### -Name' or '### CommonParameters'."); continue }
            $pName = $Matches[1]
            $default = $null
            $kept = foreach ($l in $s.Lines) {
                if ($l -match '^\s*Default value:\s*(.*?)\s*$') { $default = $Matches[1] } else { $l }
            }
            $paras = @(Get-Paragraphs @($kept))
            if ($documented.Contains($pName)) { $problems.Add("${file}: parameter -$pName is documented twice.") }
            $documented[$pName] = @{ Description = $paras; Default = $default }
        }
    }
    $actual = @($cmd.Parameters.Values | Where-Object { -not $CommonParameterNames.Contains($_.Name) })
    foreach ($p in $actual) {
        $entry = $documented.Keys | Where-Object { $_ -ieq $p.Name } | Select-Object -First 1
        if (-not $entry) { $problems.Add("${file}: parameter -$($p.Name) of $name has no '### -$($p.Name)' description.") }
        elseif (-not ($documented[$entry].Description -join '').Trim()) { $problems.Add("${file}: the description of -$($p.Name) is empty.") }
        elseif ($entry -cne $p.Name) { $problems.Add("${file}: '### -$entry' should be spelled '### -$($p.Name)'.") }
    }
    foreach ($d in $documented.Keys) {
        if ($CommonParameterNames.Contains($d)) { $problems.Add("${file}: -$d is a common parameter; describe it under '### CommonParameters'.") }
        elseif (@($actual | ForEach-Object Name) -notcontains $d) { $problems.Add("${file}: documents -$d, which $name does not have.") }
    }

    $documents.Add(@{
            Command     = $cmd; Synopsis = $synopsis; Description = $description; Examples = $examples
            Parameters  = $documented; CommonText = $commonText
            Inputs      = $(if ($doc.Sections.Contains('INPUTS')) { $doc.Sections['INPUTS'].Subsections } else { @() })
            Outputs     = $(if ($doc.Sections.Contains('OUTPUTS')) { $doc.Sections['OUTPUTS'].Subsections } else { @() })
            Notes       = @(if ($doc.Sections.Contains('NOTES')) { Get-Paragraphs $doc.Sections['NOTES'].Lines })
            Links       = @(if ($doc.Sections.Contains('RELATED LINKS')) { $doc.Sections['RELATED LINKS'].Lines })
        })
}

if ($problems.Count -gt 0) {
    throw ("The markdown help in $HelpFolder does not match the module ($($problems.Count) problem(s)):`n  - " + ($problems -join "`n  - "))
}

$outDir = Split-Path -Parent ([System.IO.Path]::GetFullPath($OutputFile))
if (-not (Test-Path -LiteralPath $outDir)) { $null = New-Item -ItemType Directory -Path $outDir -Force }

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.IndentChars = '  '
$settings.NewLineChars = "`n"
$settings.NewLineHandling = [System.Xml.NewLineHandling]::Replace
$settings.Encoding = [System.Text.UTF8Encoding]::new($true)   # with BOM: Windows PowerShell 5.1 reads it either way
$settings.CheckCharacters = $true
$w = [System.Xml.XmlWriter]::Create([System.IO.Path]::GetFullPath($OutputFile), $settings)
try {
    $w.WriteStartDocument()
    $w.WriteStartElement('helpItems', 'http://msh')
    $w.WriteAttributeString('schema', 'maml')
    foreach ($d in $documents) {
        $cmd = $d.Command
        $w.WriteStartElement('command', 'command', $NsCommand)
        $w.WriteAttributeString('xmlns', 'maml', $null, $NsMaml)
        $w.WriteAttributeString('xmlns', 'command', $null, $NsCommand)
        $w.WriteAttributeString('xmlns', 'dev', $null, $NsDev)
        $w.WriteAttributeString('xmlns', 'MSHelp', $null, 'http://msdn.microsoft.com/mshelp')

        $w.WriteStartElement('command', 'details', $NsCommand)
        $w.WriteElementString('command', 'name', $NsCommand, $cmd.Name)
        $w.WriteElementString('command', 'verb', $NsCommand, $cmd.Verb)
        $w.WriteElementString('command', 'noun', $NsCommand, $cmd.Noun)
        Write-Description $w $d.Synopsis
        $w.WriteEndElement()

        Write-Description $w $d.Description

        # Syntax: one item per parameter set, the default first; positional parameters in position order, then
        # mandatory ones, then the rest in the markdown's order.
        $order = @{}
        $i = 0
        foreach ($k in $d.Parameters.Keys) { $order[$k] = $i++ }
        $w.WriteStartElement('command', 'syntax', $NsCommand)
        $sets = @($cmd.ParameterSets | Sort-Object @{ Expression = { -not $_.IsDefault } }, Name)
        foreach ($set in $sets) {
            $w.WriteStartElement('command', 'syntaxItem', $NsCommand)
            $w.WriteElementString('maml', 'name', $NsMaml, $cmd.Name)
            $params = @($set.Parameters | Where-Object { -not $CommonParameterNames.Contains($_.Name) } | Sort-Object `
                    @{ Expression = { if ($_.Position -ge 0) { $_.Position } else { [int]::MaxValue } } },
                    @{ Expression = { -not $_.IsMandatory } },
                    @{ Expression = { $order[$_.Name] } })
            foreach ($p in $params) {
                $info = $d.Parameters[$p.Name]
                Write-Parameter -W $w -Name $p.Name -Type $p.ParameterType -Required $p.IsMandatory `
                    -Position $(if ($p.Position -ge 0) { "$($p.Position)" } else { 'named' }) `
                    -PipelineInput (Get-PipelineInputText $p.ValueFromPipeline $p.ValueFromPipelineByPropertyName) `
                    -Aliases @($p.Aliases) -Description $info.Description -DefaultValue $info.Default `
                    -ValidValues (Get-ValidateSetValues $p)
            }
            $w.WriteEndElement()
        }
        $w.WriteEndElement()

        # Parameters, in the markdown's order. Required only when mandatory in every set the parameter is in;
        # the first real position any set gives it; pipeline input from any set.
        $w.WriteStartElement('command', 'parameters', $NsCommand)
        foreach ($pName in $d.Parameters.Keys) {
            $inSets = @($cmd.ParameterSets | ForEach-Object { $_.Parameters | Where-Object Name -EQ $pName })
            $positions = @($inSets | Where-Object { $_.Position -ge 0 } | ForEach-Object Position | Sort-Object -Unique)
            $byValue = [bool]($inSets | Where-Object ValueFromPipeline)
            $byName = [bool]($inSets | Where-Object ValueFromPipelineByPropertyName)
            $meta = $cmd.Parameters[$pName]
            Write-Parameter -W $w -Name $pName -Type $meta.ParameterType `
                -Required (@($inSets | Where-Object { -not $_.IsMandatory }).Count -eq 0 -and $inSets.Count -gt 0) `
                -Position $(if ($positions.Count) { "$($positions[0])" } else { 'named' }) `
                -PipelineInput (Get-PipelineInputText $byValue $byName) -Aliases @($meta.Aliases) `
                -Description $d.Parameters[$pName].Description -DefaultValue $d.Parameters[$pName].Default `
                -ValidValues @()
        }
        $w.WriteEndElement()

        Write-TypeList $w 'inputTypes' 'inputType' $d.Inputs
        Write-TypeList $w 'returnValues' 'returnValue' $d.Outputs

        $notes = @($d.Notes)
        $notes += $d.CommonText
        $w.WriteStartElement('maml', 'alertSet', $NsMaml)
        $w.WriteStartElement('maml', 'alert', $NsMaml)
        Write-Paragraphs $w $notes
        $w.WriteEndElement()
        $w.WriteEndElement()

        $w.WriteStartElement('command', 'examples', $NsCommand)
        foreach ($e in $d.Examples) {
            $w.WriteStartElement('command', 'example', $NsCommand)
            $w.WriteElementString('maml', 'title', $NsMaml, "-------------------------- $($e.Title) --------------------------")
            $w.WriteElementString('dev', 'code', $NsDev, $e.Code)
            $w.WriteStartElement('dev', 'remarks', $NsDev)
            Write-Paragraphs $w (@($e.Remarks) + '')   # the empty paragraph separates the examples on screen
            $w.WriteEndElement()
            $w.WriteEndElement()
        }
        $w.WriteEndElement()

        $w.WriteStartElement('maml', 'relatedLinks', $NsMaml)
        foreach ($line in $d.Links) {
            if ($line -match '^\s*$') { continue }
            $text = $line -replace '^\s*[-*]\s+', ''
            $uri = ''
            if ($text -match '^\[([^\]]+)\]\(([^)]*)\)\s*$') { $text = $Matches[1]; $uri = $Matches[2] }
            $w.WriteStartElement('maml', 'navigationLink', $NsMaml)
            $w.WriteElementString('maml', 'linkText', $NsMaml, $text.Trim())
            $w.WriteElementString('maml', 'uri', $NsMaml, $uri)
            $w.WriteEndElement()
        }
        $w.WriteEndElement()

        $w.WriteEndElement()   # command:command
    }
    $w.WriteEndElement()
    $w.WriteEndDocument()
}
finally {
    $w.Dispose()
}

# Read it back: a file PowerShell cannot parse must not ship.
$xml = [System.Xml.XmlDocument]::new()
$xml.Load([System.IO.Path]::GetFullPath($OutputFile))
$written = $xml.DocumentElement.ChildNodes.Count
if ($written -ne $documents.Count) { throw "Wrote $written commands to $OutputFile, expected $($documents.Count)." }
Write-Verbose "Wrote help for $written cmdlets to $OutputFile."
