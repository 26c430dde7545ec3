using System.Management.Automation;
using System.Security;
using WooPS.Binding;
using WooPS.Completion;

namespace WooPS.Fields
{
    /// <summary>
    /// The fields of customers, shared by New-WooCustomer and Set-WooCustomer: names, password and addresses. Each
    /// binds from the pipeline by its name and by WooCommerce's (first_name, last_name, …).
    /// </summary>
    public abstract class WooCustomerWriteCmdlet : WooAddressWriteCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("first_name")]
        [Field("first_name")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? FirstName { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("last_name")]
        [Field("last_name")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? LastName { get; set; }

        /// <summary>The customer's password; never shown by -WhatIf or in messages. Without one, WooCommerce makes one.</summary>
        [Parameter]
        [Field("password")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public SecureString? Password { get; set; }
    }
}
