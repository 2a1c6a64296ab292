// @ts-nocheck
/* eslint-disable */
/**
 * GENERATED from schema/manifest.schema.json by `npm run gen` (Ajv standalone code): do not edit by hand.
 * The schema is its source; a test fails when this file is stale.
 */

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/lighthouse-iac/lighthouse-iac/schema/manifest.schema.json","title":"LighthouseManifest","description":"An Azure Lighthouse delegation manifest: which managing-tenant principals get which built-in roles on which customer subscriptions or resource groups.","type":"object","additionalProperties":false,"required":["managingTenant","principals","authorizationSets","offers","customers"],"properties":{"$schema":{"type":"string","description":"Optional: the URL or path of this schema, for editors."},"managingTenant":{"$ref":"#/definitions/managingTenant"},"principals":{"type":"object","description":"Managing-tenant principals (users, groups, service principals), referenced by key.","minProperties":1,"propertyNames":{"$ref":"#/definitions/key"},"additionalProperties":{"$ref":"#/definitions/principal"}},"authorizationSets":{"type":"object","description":"Named, reusable lists of authorizations.","minProperties":1,"propertyNames":{"$ref":"#/definitions/key"},"additionalProperties":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/authorization"}}},"offers":{"type":"object","description":"What the MSP sells: each offer becomes one registration definition per customer subscription.","minProperties":1,"propertyNames":{"$ref":"#/definitions/key"},"additionalProperties":{"$ref":"#/definitions/offer"}},"customers":{"type":"object","description":"Customer tenants and the delegations they receive, by key (the key names the Terraform stack). May be empty: a manifest of Marketplace offers only (for partner-center) has no customers yet.","propertyNames":{"$ref":"#/definitions/key"},"additionalProperties":{"$ref":"#/definitions/customer"}},"suppressions":{"type":"array","description":"Policy findings accepted on purpose, each with a reason. Suppressed findings stay in reports.","items":{"$ref":"#/definitions/suppression"}},"settings":{"$ref":"#/definitions/settings"}},"definitions":{"guid":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","x-expected":"a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)"},"key":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,62}$","x-expected":"a key of letters, digits, '-' and '_' that starts with a letter (at most 63 characters)"},"nonEmptyString":{"type":"string","minLength":1,"pattern":"\\S"},"resourceGroupName":{"type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$","x-expected":"a resource group name (1-90 letters, digits, '-', '_', '.', '(', ')', not ending in '.')"},"managingTenant":{"title":"ManagingTenant","type":"object","description":"The MSP's Entra tenant (managedByTenantId).","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/definitions/guid"},"name":{"$ref":"#/definitions/nonEmptyString","description":"Your organisation's name, shown in reports and generated READMEs."}}},"principal":{"title":"PrincipalEntry","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/definitions/guid","description":"Object id in the managing tenant."},"displayName":{"$ref":"#/definitions/nonEmptyString","description":"What the customer sees instead of a bare GUID."},"type":{"type":"string","enum":["user","group","servicePrincipal"],"description":"What the principal is. Absent: unknown (an import that could not tell); rules that depend on the type (LH109, LH202, LH203) cannot check it, and LH210 says so. Look it up with `az ad sp show --id <object id>` / `az ad group show --group <object id>` / `az ad user show --id <object id>`."}}},"authorization":{"title":"AuthorizationEntry","type":"object","additionalProperties":false,"required":["principal","role"],"properties":{"principal":{"$ref":"#/definitions/key","description":"Key of an entry in `principals`."},"role":{"$ref":"#/definitions/nonEmptyString","description":"Built-in role name (case-insensitive) or role definition GUID."},"delegatedRoles":{"type":"array","description":"Roles a User Access Administrator may assign to managed identities (delegatedRoleDefinitionIds).","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/nonEmptyString"}},"eligible":{"$ref":"#/definitions/eligible"}}},"eligible":{"title":"EligibleEntry","type":"object","description":"Makes the authorization eligible (just-in-time through PIM) instead of permanent.","additionalProperties":false,"properties":{"maxActivation":{"type":"string","description":"Maximum activation duration, ISO 8601 (PT30M to PT8H). Default PT8H.","pattern":"^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$","x-expected":"an ISO 8601 duration such as PT4H or PT1H30M"},"requireMfa":{"type":"boolean","description":"Require Entra MFA to activate. Default true."},"approvers":{"type":"array","description":"Principal keys of the approvers (users or groups in the managing tenant).","uniqueItems":true,"items":{"$ref":"#/definitions/key"}}}},"marketplacePlan":{"title":"MarketplacePlanEntry","type":"object","additionalProperties":false,"required":["publisher","product","name","version"],"properties":{"publisher":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace publisher id."},"product":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace offer id."},"name":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace plan id."},"version":{"$ref":"#/definitions/nonEmptyString","description":"Plan version, n.n.n."}}},"offer":{"title":"OfferEntry","type":"object","additionalProperties":false,"required":["name","authorizations"],"properties":{"name":{"$ref":"#/definitions/nonEmptyString","description":"registrationDefinitionName: the offer title the customer sees."},"description":{"$ref":"#/definitions/nonEmptyString","description":"registrationDefinition description: what the customer sees under the offer title."},"authorizations":{"$ref":"#/definitions/authorizationSetKeys"},"plan":{"$ref":"#/definitions/marketplacePlan","description":"The Marketplace plan, for offers published through Partner Center (partner-center writes its technical configuration)."}}},"authorizationSetKeys":{"type":"array","description":"Keys of entries in `authorizationSets`.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/key"}},"customer":{"title":"CustomerEntry","type":"object","additionalProperties":false,"required":["tenantId","delegations"],"properties":{"displayName":{"$ref":"#/definitions/nonEmptyString","description":"The customer's name in generated files and reports (Azure does not use it). Default: the key."},"tenantId":{"$ref":"#/definitions/guid","description":"The customer's Entra tenant id."},"delegations":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/delegation"}}}},"delegation":{"title":"DelegationEntry","type":"object","additionalProperties":false,"required":["offer","subscription"],"properties":{"offer":{"$ref":"#/definitions/key","description":"Key of an entry in `offers`."},"subscription":{"$ref":"#/definitions/guid","description":"The customer subscription to delegate (or whose resource groups to delegate)."},"resourceGroups":{"type":"array","description":"Delegate only these resource groups of the subscription. Absent: the whole subscription.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/resourceGroupName"}},"authorizations":{"$ref":"#/definitions/authorizationSetKeys"},"definitionId":{"$ref":"#/definitions/guid","description":"Keep this registration definition name (GUID) instead of deriving one from managing tenant, customer tenant, subscription and offer key: the id of a delegation that is already deployed (import fills it in), so that a deploy updates it in place."},"assignmentName":{"$ref":"#/definitions/guid","description":"A whole-subscription delegation: keep this registration assignment name instead of deriving it from the definition and the scope."},"assignmentNames":{"type":"object","description":"A resource-group delegation: registration assignment names to keep, by resource group (each listed in resourceGroups); groups not named here get derived names.","minProperties":1,"propertyNames":{"$ref":"#/definitions/resourceGroupName"},"additionalProperties":{"$ref":"#/definitions/guid"}}}},"suppression":{"title":"SuppressionEntry","type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"type":"string","pattern":"^[Ll][Hh][1-9][0-9]{2}$","x-expected":"a rule id such as LH301","description":"The rule id, e.g. LH301 (any case)."},"reason":{"type":"string","minLength":10,"description":"Why the finding is accepted (at least 10 characters)."},"customer":{"$ref":"#/definitions/key","description":"Only in this customer (a key of `customers`)."},"subscription":{"$ref":"#/definitions/guid","description":"Only in this subscription."},"principal":{"$ref":"#/definitions/key","description":"Only for this principal (a key of `principals`)."}}},"settings":{"title":"SettingsEntry","type":"object","additionalProperties":false,"properties":{"cloud":{"type":"string","enum":["AzureCloud","AzureUSGovernment","AzureChinaCloud"],"description":"Default AzureCloud."},"backend":{"$ref":"#/definitions/backend"},"registerResourceProvider":{"type":"boolean","description":"Register Microsoft.ManagedServices on every delegated subscription. Default false."}},"description":"Cloud, Terraform state backend and provider registration of the generated stacks."},"backend":{"title":"BackendEntry","description":"Terraform state backend of every customer stack. `{stack}` in path, key and workspace is replaced by the stack name. Default: local, terraform.{stack}.tfstate.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["local","azurerm","cloud"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/definitions/localBackend"},{"$ref":"#/definitions/azurermBackend"},{"$ref":"#/definitions/cloudBackend"}]},"localBackend":{"title":"LocalBackendEntry","type":"object","additionalProperties":false,"properties":{"type":{"const":"local"},"path":{"$ref":"#/definitions/relativePath","description":"State file path relative to the stack directory. Default terraform.{stack}.tfstate."}},"required":["type"]},"relativePath":{"type":"string","pattern":"^(?![/\\\\])(?![A-Za-z]:)\\S.*$","x-expected":"a relative path (an absolute path would make the output differ between machines)"},"azurermBackend":{"title":"AzurermBackendEntry","type":"object","additionalProperties":false,"required":["type","resourceGroupName","storageAccountName","containerName"],"properties":{"type":{"const":"azurerm"},"resourceGroupName":{"$ref":"#/definitions/nonEmptyString","description":"Resource group of the state storage account."},"storageAccountName":{"type":"string","pattern":"^[a-z0-9]{3,24}$","x-expected":"a storage account name (3-24 lower-case letters and digits)","description":"Storage account holding the state (3-24 lower-case letters and digits)."},"containerName":{"$ref":"#/definitions/nonEmptyString","description":"Blob container of the state."},"key":{"$ref":"#/definitions/nonEmptyString","description":"State blob name. Default lighthouse/{stack}.tfstate."},"subscriptionId":{"$ref":"#/definitions/guid","description":"Subscription of the storage account. Default: the provider's."},"tenantId":{"$ref":"#/definitions/guid","description":"Tenant of the storage account. Default: the provider's."},"useAzureadAuth":{"type":"boolean","description":"Default true: Entra ID auth to the storage account, no access keys."},"useOidc":{"type":"boolean","description":"Default false: set true for workload identity federation in CI."}}},"cloudBackend":{"title":"CloudBackendEntry","type":"object","additionalProperties":false,"required":["type","organization"],"properties":{"type":{"const":"cloud"},"organization":{"$ref":"#/definitions/nonEmptyString","description":"HCP Terraform organization."},"workspace":{"$ref":"#/definitions/nonEmptyString","description":"Workspace name. Default lighthouse-{stack}."},"hostname":{"$ref":"#/definitions/nonEmptyString","description":"Default app.terraform.io."},"project":{"$ref":"#/definitions/nonEmptyString","description":"HCP Terraform project of the workspaces."}}}}};
const schema15 = {"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,62}$","x-expected":"a key of letters, digits, '-' and '_' that starts with a letter (at most 63 characters)"};
const schema12 = {"title":"ManagingTenant","type":"object","description":"The MSP's Entra tenant (managedByTenantId).","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/definitions/guid"},"name":{"$ref":"#/definitions/nonEmptyString","description":"Your organisation's name, shown in reports and generated READMEs."}}};
const schema13 = {"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","x-expected":"a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)"};
const schema14 = {"type":"string","minLength":1,"pattern":"\\S"};
const pattern0 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
const pattern1 = new RegExp("\\S", "u");
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "name"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern1.test(data1)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema16 = {"title":"PrincipalEntry","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/definitions/guid","description":"Object id in the managing tenant."},"displayName":{"$ref":"#/definitions/nonEmptyString","description":"What the customer sees instead of a bare GUID."},"type":{"type":"string","enum":["user","group","servicePrincipal"],"description":"What the principal is. Absent: unknown (an import that could not tell); rules that depend on the type (LH109, LH202, LH203) cannot check it, and LH210 says so. Look it up with `az ad sp show --id <object id>` / `az ad group show --group <object id>` / `az ad user show --id <object id>`."}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "displayName")) || (key0 === "type"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.displayName !== undefined){
let data1 = data.displayName;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern1.test(data1)){
const err5 = {instancePath:instancePath+"/displayName",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/displayName",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.type.type,parentSchema:schema16.properties.type,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data2 === "user") || (data2 === "group")) || (data2 === "servicePrincipal"))){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema16.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.type.enum,parentSchema:schema16.properties.type,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema20 = {"title":"AuthorizationEntry","type":"object","additionalProperties":false,"required":["principal","role"],"properties":{"principal":{"$ref":"#/definitions/key","description":"Key of an entry in `principals`."},"role":{"$ref":"#/definitions/nonEmptyString","description":"Built-in role name (case-insensitive) or role definition GUID."},"delegatedRoles":{"type":"array","description":"Roles a User Access Administrator may assign to managed identities (delegatedRoleDefinitionIds).","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/nonEmptyString"}},"eligible":{"$ref":"#/definitions/eligible"}}};
const pattern2 = new RegExp("^[A-Za-z][A-Za-z0-9_-]{0,62}$", "u");
const func0 = require("ajv/dist/runtime/equal").default;
const schema24 = {"title":"EligibleEntry","type":"object","description":"Makes the authorization eligible (just-in-time through PIM) instead of permanent.","additionalProperties":false,"properties":{"maxActivation":{"type":"string","description":"Maximum activation duration, ISO 8601 (PT30M to PT8H). Default PT8H.","pattern":"^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$","x-expected":"an ISO 8601 duration such as PT4H or PT1H30M"},"requireMfa":{"type":"boolean","description":"Require Entra MFA to activate. Default true."},"approvers":{"type":"array","description":"Principal keys of the approvers (users or groups in the managing tenant).","uniqueItems":true,"items":{"$ref":"#/definitions/key"}}}};
const pattern9 = new RegExp("^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "maxActivation") || (key0 === "requireMfa")) || (key0 === "approvers"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.maxActivation !== undefined){
let data0 = data.maxActivation;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err1 = {instancePath:instancePath+"/maxActivation",schemaPath:"#/properties/maxActivation/pattern",keyword:"pattern",params:{pattern: "^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"},message:"must match pattern \""+"^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"+"\"",schema:"^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$",parentSchema:schema24.properties.maxActivation,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/maxActivation",schemaPath:"#/properties/maxActivation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.maxActivation.type,parentSchema:schema24.properties.maxActivation,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.requireMfa !== undefined){
let data1 = data.requireMfa;
if(typeof data1 !== "boolean"){
const err3 = {instancePath:instancePath+"/requireMfa",schemaPath:"#/properties/requireMfa/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema24.properties.requireMfa.type,parentSchema:schema24.properties.requireMfa,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.approvers !== undefined){
let data2 = data.approvers;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern2.test(data3)){
const err4 = {instancePath:instancePath+"/approvers/" + i0,schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/approvers/" + i0,schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err6 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema24.properties.approvers,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.approvers.type,parentSchema:schema24.properties.approvers,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.principal === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "principal") || (key0 === "role")) || (key0 === "delegatedRoles")) || (key0 === "eligible"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.principal !== undefined){
let data0 = data.principal;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err3 = {instancePath:instancePath+"/principal",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/principal",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern1.test(data1)){
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/role",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.delegatedRoles !== undefined){
let data2 = data.delegatedRoles;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/delegatedRoles",schemaPath:"#/properties/delegatedRoles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.delegatedRoles,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/delegatedRoles/" + i0,schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern1.test(data3)){
const err10 = {instancePath:instancePath+"/delegatedRoles/" + i0,schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/delegatedRoles/" + i0,schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err12 = {instancePath:instancePath+"/delegatedRoles",schemaPath:"#/properties/delegatedRoles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema20.properties.delegatedRoles,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/delegatedRoles",schemaPath:"#/properties/delegatedRoles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.delegatedRoles.type,parentSchema:schema20.properties.delegatedRoles,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.eligible !== undefined){
if(!(validate16(data.eligible, {instancePath:instancePath+"/eligible",parentData:data,parentDataProperty:"eligible",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema27 = {"title":"OfferEntry","type":"object","additionalProperties":false,"required":["name","authorizations"],"properties":{"name":{"$ref":"#/definitions/nonEmptyString","description":"registrationDefinitionName: the offer title the customer sees."},"description":{"$ref":"#/definitions/nonEmptyString","description":"registrationDefinition description: what the customer sees under the offer title."},"authorizations":{"$ref":"#/definitions/authorizationSetKeys"},"plan":{"$ref":"#/definitions/marketplacePlan","description":"The Marketplace plan, for offers published through Partner Center (partner-center writes its technical configuration)."}}};
const schema30 = {"type":"array","description":"Keys of entries in `authorizationSets`.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/key"}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

const schema32 = {"title":"MarketplacePlanEntry","type":"object","additionalProperties":false,"required":["publisher","product","name","version"],"properties":{"publisher":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace publisher id."},"product":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace offer id."},"name":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace plan id."},"version":{"$ref":"#/definitions/nonEmptyString","description":"Plan version, n.n.n."}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.publisher === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "publisher") || (key0 === "product")) || (key0 === "name")) || (key0 === "version"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.publisher !== undefined){
let data0 = data.publisher;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/publisher",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern1.test(data0)){
const err6 = {instancePath:instancePath+"/publisher",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/publisher",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/product",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern1.test(data1)){
const err9 = {instancePath:instancePath+"/product",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/product",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern1.test(data2)){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.version !== undefined){
let data3 = data.version;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err14 = {instancePath:instancePath+"/version",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern1.test(data3)){
const err15 = {instancePath:instancePath+"/version",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/version",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.authorizations === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizations"},message:"must have required property '"+"authorizations"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "description")) || (key0 === "authorizations")) || (key0 === "plan"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern1.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern1.test(data1)){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.authorizations !== undefined){
if(!(validate20(data.authorizations, {instancePath:instancePath+"/authorizations",parentData:data,parentDataProperty:"authorizations",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.plan !== undefined){
if(!(validate22(data.plan, {instancePath:instancePath+"/plan",parentData:data,parentDataProperty:"plan",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema38 = {"title":"CustomerEntry","type":"object","additionalProperties":false,"required":["tenantId","delegations"],"properties":{"displayName":{"$ref":"#/definitions/nonEmptyString","description":"The customer's name in generated files and reports (Azure does not use it). Default: the key."},"tenantId":{"$ref":"#/definitions/guid","description":"The customer's Entra tenant id."},"delegations":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/delegation"}}}};
const schema41 = {"title":"DelegationEntry","type":"object","additionalProperties":false,"required":["offer","subscription"],"properties":{"offer":{"$ref":"#/definitions/key","description":"Key of an entry in `offers`."},"subscription":{"$ref":"#/definitions/guid","description":"The customer subscription to delegate (or whose resource groups to delegate)."},"resourceGroups":{"type":"array","description":"Delegate only these resource groups of the subscription. Absent: the whole subscription.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/resourceGroupName"}},"authorizations":{"$ref":"#/definitions/authorizationSetKeys"},"definitionId":{"$ref":"#/definitions/guid","description":"Keep this registration definition name (GUID) instead of deriving one from managing tenant, customer tenant, subscription and offer key: the id of a delegation that is already deployed (import fills it in), so that a deploy updates it in place."},"assignmentName":{"$ref":"#/definitions/guid","description":"A whole-subscription delegation: keep this registration assignment name instead of deriving it from the definition and the scope."},"assignmentNames":{"type":"object","description":"A resource-group delegation: registration assignment names to keep, by resource group (each listed in resourceGroups); groups not named here get derived names.","minProperties":1,"propertyNames":{"$ref":"#/definitions/resourceGroupName"},"additionalProperties":{"$ref":"#/definitions/guid"}}}};
const schema44 = {"type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$","x-expected":"a resource group name (1-90 letters, digits, '-', '_', '.', '(', ')', not ending in '.')"};
const pattern24 = new RegExp("^[-\\w.()]{0,89}[-\\w()]$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.offer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offer"},message:"must have required property '"+"offer"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.subscription === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subscription"},message:"must have required property '"+"subscription"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "offer") || (key0 === "subscription")) || (key0 === "resourceGroups")) || (key0 === "authorizations")) || (key0 === "definitionId")) || (key0 === "assignmentName")) || (key0 === "assignmentNames"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.offer !== undefined){
let data0 = data.offer;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err3 = {instancePath:instancePath+"/offer",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/offer",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.subscription !== undefined){
let data1 = data.subscription;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/subscription",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/subscription",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.resourceGroups !== undefined){
let data2 = data.resourceGroups;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/resourceGroups",schemaPath:"#/properties/resourceGroups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.resourceGroups,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern24.test(data3)){
const err8 = {instancePath:instancePath+"/resourceGroups/" + i0,schemaPath:"#/definitions/resourceGroupName/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/resourceGroups/" + i0,schemaPath:"#/definitions/resourceGroupName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err10 = {instancePath:instancePath+"/resourceGroups",schemaPath:"#/properties/resourceGroups/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema41.properties.resourceGroups,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/resourceGroups",schemaPath:"#/properties/resourceGroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.resourceGroups.type,parentSchema:schema41.properties.resourceGroups,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.authorizations !== undefined){
if(!(validate20(data.authorizations, {instancePath:instancePath+"/authorizations",parentData:data,parentDataProperty:"authorizations",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.definitionId !== undefined){
let data5 = data.definitionId;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err12 = {instancePath:instancePath+"/definitionId",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/definitionId",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.assignmentName !== undefined){
let data6 = data.assignmentName;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err14 = {instancePath:instancePath+"/assignmentName",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/assignmentName",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.assignmentNames !== undefined){
let data7 = data.assignmentNames;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 1){
const err16 = {instancePath:instancePath+"/assignmentNames",schemaPath:"#/properties/assignmentNames/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema41.properties.assignmentNames,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data7){
const _errs27 = errors;
if(typeof key1 === "string"){
if(!pattern24.test(key1)){
const err17 = {instancePath:instancePath+"/assignmentNames",schemaPath:"#/definitions/resourceGroupName/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema44,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/assignmentNames",schemaPath:"#/definitions/resourceGroupName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid9 = _errs27 === errors;
if(!valid9){
const err19 = {instancePath:instancePath+"/assignmentNames",schemaPath:"#/properties/assignmentNames/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema41.properties.assignmentNames.propertyNames,parentSchema:schema41.properties.assignmentNames,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err20 = {instancePath:instancePath+"/assignmentNames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/assignmentNames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/assignmentNames",schemaPath:"#/properties/assignmentNames/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.assignmentNames.type,parentSchema:schema41.properties.assignmentNames,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenantId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenantId"},message:"must have required property '"+"tenantId"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.delegations === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delegations"},message:"must have required property '"+"delegations"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "displayName") || (key0 === "tenantId")) || (key0 === "delegations"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.displayName !== undefined){
let data0 = data.displayName;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/displayName",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern1.test(data0)){
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/displayName",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.tenantId !== undefined){
let data1 = data.tenantId;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/tenantId",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/tenantId",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.delegations !== undefined){
let data2 = data.delegations;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/delegations",schemaPath:"#/properties/delegations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.delegations,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data2[i0], {instancePath:instancePath+"/delegations/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/delegations",schemaPath:"#/properties/delegations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.delegations.type,parentSchema:schema38.properties.delegations,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema49 = {"title":"SuppressionEntry","type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"type":"string","pattern":"^[Ll][Hh][1-9][0-9]{2}$","x-expected":"a rule id such as LH301","description":"The rule id, e.g. LH301 (any case)."},"reason":{"type":"string","minLength":10,"description":"Why the finding is accepted (at least 10 characters)."},"customer":{"$ref":"#/definitions/key","description":"Only in this customer (a key of `customers`)."},"subscription":{"$ref":"#/definitions/guid","description":"Only in this subscription."},"principal":{"$ref":"#/definitions/key","description":"Only for this principal (a key of `principals`)."}}};
const pattern29 = new RegExp("^[Ll][Hh][1-9][0-9]{2}$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rule === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reason === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "rule") || (key0 === "reason")) || (key0 === "customer")) || (key0 === "subscription")) || (key0 === "principal"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.rule !== undefined){
let data0 = data.rule;
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
const err3 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/pattern",keyword:"pattern",params:{pattern: "^[Ll][Hh][1-9][0-9]{2}$"},message:"must match pattern \""+"^[Ll][Hh][1-9][0-9]{2}$"+"\"",schema:"^[Ll][Hh][1-9][0-9]{2}$",parentSchema:schema49.properties.rule,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.rule.type,parentSchema:schema49.properties.rule,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reason !== undefined){
let data1 = data.reason;
if(typeof data1 === "string"){
if(func2(data1) < 10){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters",schema:10,parentSchema:schema49.properties.reason,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.reason.type,parentSchema:schema49.properties.reason,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.customer !== undefined){
let data2 = data.customer;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err7 = {instancePath:instancePath+"/customer",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/customer",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.subscription !== undefined){
let data3 = data.subscription;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err9 = {instancePath:instancePath+"/subscription",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/subscription",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.principal !== undefined){
let data4 = data.principal;
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
const err11 = {instancePath:instancePath+"/principal",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/principal",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema53 = {"title":"SettingsEntry","type":"object","additionalProperties":false,"properties":{"cloud":{"type":"string","enum":["AzureCloud","AzureUSGovernment","AzureChinaCloud"],"description":"Default AzureCloud."},"backend":{"$ref":"#/definitions/backend"},"registerResourceProvider":{"type":"boolean","description":"Register Microsoft.ManagedServices on every delegated subscription. Default false."}},"description":"Cloud, Terraform state backend and provider registration of the generated stacks."};
const schema54 = {"title":"BackendEntry","description":"Terraform state backend of every customer stack. `{stack}` in path, key and workspace is replaced by the stack name. Default: local, terraform.{stack}.tfstate.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["local","azurerm","cloud"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/definitions/localBackend"},{"$ref":"#/definitions/azurermBackend"},{"$ref":"#/definitions/cloudBackend"}]};
const schema55 = {"title":"LocalBackendEntry","type":"object","additionalProperties":false,"properties":{"type":{"const":"local"},"path":{"$ref":"#/definitions/relativePath","description":"State file path relative to the stack directory. Default terraform.{stack}.tfstate."}},"required":["type"]};
const schema56 = {"type":"string","pattern":"^(?![/\\\\])(?![A-Za-z]:)\\S.*$","x-expected":"a relative path (an absolute path would make the output differ between machines)"};
const pattern33 = new RegExp("^(?![/\\\\])(?![A-Za-z]:)\\S.*$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "path"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("local" !== data0){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "local"},message:"must be equal to constant",schema:"local",parentSchema:schema55.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(!pattern33.test(data1)){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/relativePath/pattern",keyword:"pattern",params:{pattern: "^(?![/\\\\])(?![A-Za-z]:)\\S.*$"},message:"must match pattern \""+"^(?![/\\\\])(?![A-Za-z]:)\\S.*$"+"\"",schema:"^(?![/\\\\])(?![A-Za-z]:)\\S.*$",parentSchema:schema56,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/relativePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema57 = {"title":"AzurermBackendEntry","type":"object","additionalProperties":false,"required":["type","resourceGroupName","storageAccountName","containerName"],"properties":{"type":{"const":"azurerm"},"resourceGroupName":{"$ref":"#/definitions/nonEmptyString","description":"Resource group of the state storage account."},"storageAccountName":{"type":"string","pattern":"^[a-z0-9]{3,24}$","x-expected":"a storage account name (3-24 lower-case letters and digits)","description":"Storage account holding the state (3-24 lower-case letters and digits)."},"containerName":{"$ref":"#/definitions/nonEmptyString","description":"Blob container of the state."},"key":{"$ref":"#/definitions/nonEmptyString","description":"State blob name. Default lighthouse/{stack}.tfstate."},"subscriptionId":{"$ref":"#/definitions/guid","description":"Subscription of the storage account. Default: the provider's."},"tenantId":{"$ref":"#/definitions/guid","description":"Tenant of the storage account. Default: the provider's."},"useAzureadAuth":{"type":"boolean","description":"Default true: Entra ID auth to the storage account, no access keys."},"useOidc":{"type":"boolean","description":"Default false: set true for workload identity federation in CI."}}};
const func18 = Object.prototype.hasOwnProperty;
const pattern35 = new RegExp("^[a-z0-9]{3,24}$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.resourceGroupName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resourceGroupName"},message:"must have required property '"+"resourceGroupName"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.storageAccountName === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "storageAccountName"},message:"must have required property '"+"storageAccountName"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.containerName === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "containerName"},message:"must have required property '"+"containerName"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func18.call(schema57.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("azurerm" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "azurerm"},message:"must be equal to constant",schema:"azurerm",parentSchema:schema57.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.resourceGroupName !== undefined){
let data1 = data.resourceGroupName;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/resourceGroupName",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern1.test(data1)){
const err7 = {instancePath:instancePath+"/resourceGroupName",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/resourceGroupName",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.storageAccountName !== undefined){
let data2 = data.storageAccountName;
if(typeof data2 === "string"){
if(!pattern35.test(data2)){
const err9 = {instancePath:instancePath+"/storageAccountName",schemaPath:"#/properties/storageAccountName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]{3,24}$"},message:"must match pattern \""+"^[a-z0-9]{3,24}$"+"\"",schema:"^[a-z0-9]{3,24}$",parentSchema:schema57.properties.storageAccountName,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/storageAccountName",schemaPath:"#/properties/storageAccountName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.storageAccountName.type,parentSchema:schema57.properties.storageAccountName,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.containerName !== undefined){
let data3 = data.containerName;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/containerName",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern1.test(data3)){
const err12 = {instancePath:instancePath+"/containerName",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/containerName",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.key !== undefined){
let data4 = data.key;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern1.test(data4)){
const err15 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.subscriptionId !== undefined){
let data5 = data.subscriptionId;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err17 = {instancePath:instancePath+"/subscriptionId",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/subscriptionId",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.tenantId !== undefined){
let data6 = data.tenantId;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err19 = {instancePath:instancePath+"/tenantId",schemaPath:"#/definitions/guid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/tenantId",schemaPath:"#/definitions/guid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.useAzureadAuth !== undefined){
let data7 = data.useAzureadAuth;
if(typeof data7 !== "boolean"){
const err21 = {instancePath:instancePath+"/useAzureadAuth",schemaPath:"#/properties/useAzureadAuth/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.useAzureadAuth.type,parentSchema:schema57.properties.useAzureadAuth,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.useOidc !== undefined){
let data8 = data.useOidc;
if(typeof data8 !== "boolean"){
const err22 = {instancePath:instancePath+"/useOidc",schemaPath:"#/properties/useOidc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.useOidc.type,parentSchema:schema57.properties.useOidc,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const schema63 = {"title":"CloudBackendEntry","type":"object","additionalProperties":false,"required":["type","organization"],"properties":{"type":{"const":"cloud"},"organization":{"$ref":"#/definitions/nonEmptyString","description":"HCP Terraform organization."},"workspace":{"$ref":"#/definitions/nonEmptyString","description":"Workspace name. Default lighthouse-{stack}."},"hostname":{"$ref":"#/definitions/nonEmptyString","description":"Default app.terraform.io."},"project":{"$ref":"#/definitions/nonEmptyString","description":"HCP Terraform project of the workspaces."}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organization === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organization"},message:"must have required property '"+"organization"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "organization")) || (key0 === "workspace")) || (key0 === "hostname")) || (key0 === "project"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("cloud" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cloud"},message:"must be equal to constant",schema:"cloud",parentSchema:schema63.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.organization !== undefined){
let data1 = data.organization;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/organization",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern1.test(data1)){
const err5 = {instancePath:instancePath+"/organization",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/organization",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.workspace !== undefined){
let data2 = data.workspace;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern1.test(data2)){
const err8 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.hostname !== undefined){
let data3 = data.hostname;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/hostname",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern1.test(data3)){
const err11 = {instancePath:instancePath+"/hostname",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/hostname",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.project !== undefined){
let data4 = data.project;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/nonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern1.test(data4)){
const err14 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/nonEmptyString/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/nonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.type.type,parentSchema:schema54.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "local") || (data0 === "azurerm")) || (data0 === "cloud"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema54.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.type.enum,parentSchema:schema54.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "local"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
else if(tag0 === "azurerm"){
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
else if(tag0 === "cloud"){
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema54.discriminator,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema54.discriminator,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "cloud") || (key0 === "backend")) || (key0 === "registerResourceProvider"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.cloud !== undefined){
let data0 = data.cloud;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.cloud.type,parentSchema:schema53.properties.cloud,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "AzureCloud") || (data0 === "AzureUSGovernment")) || (data0 === "AzureChinaCloud"))){
const err2 = {instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/enum",keyword:"enum",params:{allowedValues: schema53.properties.cloud.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.cloud.enum,parentSchema:schema53.properties.cloud,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.backend !== undefined){
if(!(validate33(data.backend, {instancePath:instancePath+"/backend",parentData:data,parentDataProperty:"backend",rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.registerResourceProvider !== undefined){
let data2 = data.registerResourceProvider;
if(typeof data2 !== "boolean"){
const err3 = {instancePath:instancePath+"/registerResourceProvider",schemaPath:"#/properties/registerResourceProvider/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.registerResourceProvider.type,parentSchema:schema53.properties.registerResourceProvider,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://github.com/lighthouse-iac/lighthouse-iac/schema/manifest.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.managingTenant === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "managingTenant"},message:"must have required property '"+"managingTenant"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.principals === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "principals"},message:"must have required property '"+"principals"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authorizationSets === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationSets"},message:"must have required property '"+"authorizationSets"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.offers === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offers"},message:"must have required property '"+"offers"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.customers === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "customers"},message:"must have required property '"+"customers"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "$schema") || (key0 === "managingTenant")) || (key0 === "principals")) || (key0 === "authorizationSets")) || (key0 === "offers")) || (key0 === "customers")) || (key0 === "suppressions")) || (key0 === "settings"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.managingTenant !== undefined){
if(!(validate11(data.managingTenant, {instancePath:instancePath+"/managingTenant",parentData:data,parentDataProperty:"managingTenant",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.principals !== undefined){
let data2 = data.principals;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err7 = {instancePath:instancePath+"/principals",schemaPath:"#/properties/principals/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.principals,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern2.test(key1)){
const err8 = {instancePath:instancePath+"/principals",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/principals",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid1 = _errs7 === errors;
if(!valid1){
const err10 = {instancePath:instancePath+"/principals",schemaPath:"#/properties/principals/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.principals.propertyNames,parentSchema:schema11.properties.principals,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data2){
if(!(validate13(data2[key2], {instancePath:instancePath+"/principals/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/principals",schemaPath:"#/properties/principals/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.principals.type,parentSchema:schema11.properties.principals,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.authorizationSets !== undefined){
let data4 = data.authorizationSets;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err12 = {instancePath:instancePath+"/authorizationSets",schemaPath:"#/properties/authorizationSets/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.authorizationSets,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key3 in data4){
const _errs15 = errors;
if(typeof key3 === "string"){
if(!pattern2.test(key3)){
const err13 = {instancePath:instancePath+"/authorizationSets",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/authorizationSets",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid4 = _errs15 === errors;
if(!valid4){
const err15 = {instancePath:instancePath+"/authorizationSets",schemaPath:"#/properties/authorizationSets/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema11.properties.authorizationSets.propertyNames,parentSchema:schema11.properties.authorizationSets,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key4 in data4){
let data5 = data4[key4];
if(Array.isArray(data5)){
if(data5.length < 1){
const err16 = {instancePath:instancePath+"/authorizationSets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/authorizationSets/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.authorizationSets.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate15(data5[i0], {instancePath:instancePath+"/authorizationSets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/authorizationSets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/authorizationSets/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.authorizationSets.additionalProperties.type,parentSchema:schema11.properties.authorizationSets.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/authorizationSets",schemaPath:"#/properties/authorizationSets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.authorizationSets.type,parentSchema:schema11.properties.authorizationSets,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.offers !== undefined){
let data7 = data.offers;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 1){
const err19 = {instancePath:instancePath+"/offers",schemaPath:"#/properties/offers/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.offers,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key5 in data7){
const _errs25 = errors;
if(typeof key5 === "string"){
if(!pattern2.test(key5)){
const err20 = {instancePath:instancePath+"/offers",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/offers",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid9 = _errs25 === errors;
if(!valid9){
const err22 = {instancePath:instancePath+"/offers",schemaPath:"#/properties/offers/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema11.properties.offers.propertyNames,parentSchema:schema11.properties.offers,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key6 in data7){
if(!(validate19(data7[key6], {instancePath:instancePath+"/offers/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/offers",schemaPath:"#/properties/offers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.offers.type,parentSchema:schema11.properties.offers,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.customers !== undefined){
let data9 = data.customers;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key7 in data9){
const _errs33 = errors;
if(typeof key7 === "string"){
if(!pattern2.test(key7)){
const err24 = {instancePath:instancePath+"/customers",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,62}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]{0,62}$",parentSchema:schema15,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/customers",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid12 = _errs33 === errors;
if(!valid12){
const err26 = {instancePath:instancePath+"/customers",schemaPath:"#/properties/customers/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema11.properties.customers.propertyNames,parentSchema:schema11.properties.customers,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key8 in data9){
if(!(validate25(data9[key8], {instancePath:instancePath+"/customers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/customers",schemaPath:"#/properties/customers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.customers.type,parentSchema:schema11.properties.customers,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.suppressions !== undefined){
let data11 = data.suppressions;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate30(data11[i1], {instancePath:instancePath+"/suppressions/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/suppressions",schemaPath:"#/properties/suppressions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.suppressions.type,parentSchema:schema11.properties.suppressions,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.settings !== undefined){
if(!(validate32(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** The schema itself: error messages resolve its $refs to say what a missing or empty property takes. */
export const schema = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/lighthouse-iac/lighthouse-iac/schema/manifest.schema.json","title":"LighthouseManifest","description":"An Azure Lighthouse delegation manifest: which managing-tenant principals get which built-in roles on which customer subscriptions or resource groups.","type":"object","additionalProperties":false,"required":["managingTenant","principals","authorizationSets","offers","customers"],"properties":{"$schema":{"type":"string","description":"Optional: the URL or path of this schema, for editors."},"managingTenant":{"$ref":"#/definitions/managingTenant"},"principals":{"type":"object","description":"Managing-tenant principals (users, groups, service principals), referenced by key.","minProperties":1,"propertyNames":{"$ref":"#/definitions/key"},"additionalProperties":{"$ref":"#/definitions/principal"}},"authorizationSets":{"type":"object","description":"Named, reusable lists of authorizations.","minProperties":1,"propertyNames":{"$ref":"#/definitions/key"},"additionalProperties":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/authorization"}}},"offers":{"type":"object","description":"What the MSP sells: each offer becomes one registration definition per customer subscription.","minProperties":1,"propertyNames":{"$ref":"#/definitions/key"},"additionalProperties":{"$ref":"#/definitions/offer"}},"customers":{"type":"object","description":"Customer tenants and the delegations they receive, by key (the key names the Terraform stack). May be empty: a manifest of Marketplace offers only (for partner-center) has no customers yet.","propertyNames":{"$ref":"#/definitions/key"},"additionalProperties":{"$ref":"#/definitions/customer"}},"suppressions":{"type":"array","description":"Policy findings accepted on purpose, each with a reason. Suppressed findings stay in reports.","items":{"$ref":"#/definitions/suppression"}},"settings":{"$ref":"#/definitions/settings"}},"definitions":{"guid":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","x-expected":"a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)"},"key":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,62}$","x-expected":"a key of letters, digits, '-' and '_' that starts with a letter (at most 63 characters)"},"nonEmptyString":{"type":"string","minLength":1,"pattern":"\\S"},"resourceGroupName":{"type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$","x-expected":"a resource group name (1-90 letters, digits, '-', '_', '.', '(', ')', not ending in '.')"},"managingTenant":{"title":"ManagingTenant","type":"object","description":"The MSP's Entra tenant (managedByTenantId).","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/definitions/guid"},"name":{"$ref":"#/definitions/nonEmptyString","description":"Your organisation's name, shown in reports and generated READMEs."}}},"principal":{"title":"PrincipalEntry","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/definitions/guid","description":"Object id in the managing tenant."},"displayName":{"$ref":"#/definitions/nonEmptyString","description":"What the customer sees instead of a bare GUID."},"type":{"type":"string","enum":["user","group","servicePrincipal"],"description":"What the principal is. Absent: unknown (an import that could not tell); rules that depend on the type (LH109, LH202, LH203) cannot check it, and LH210 says so. Look it up with `az ad sp show --id <object id>` / `az ad group show --group <object id>` / `az ad user show --id <object id>`."}}},"authorization":{"title":"AuthorizationEntry","type":"object","additionalProperties":false,"required":["principal","role"],"properties":{"principal":{"$ref":"#/definitions/key","description":"Key of an entry in `principals`."},"role":{"$ref":"#/definitions/nonEmptyString","description":"Built-in role name (case-insensitive) or role definition GUID."},"delegatedRoles":{"type":"array","description":"Roles a User Access Administrator may assign to managed identities (delegatedRoleDefinitionIds).","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/nonEmptyString"}},"eligible":{"$ref":"#/definitions/eligible"}}},"eligible":{"title":"EligibleEntry","type":"object","description":"Makes the authorization eligible (just-in-time through PIM) instead of permanent.","additionalProperties":false,"properties":{"maxActivation":{"type":"string","description":"Maximum activation duration, ISO 8601 (PT30M to PT8H). Default PT8H.","pattern":"^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$","x-expected":"an ISO 8601 duration such as PT4H or PT1H30M"},"requireMfa":{"type":"boolean","description":"Require Entra MFA to activate. Default true."},"approvers":{"type":"array","description":"Principal keys of the approvers (users or groups in the managing tenant).","uniqueItems":true,"items":{"$ref":"#/definitions/key"}}}},"marketplacePlan":{"title":"MarketplacePlanEntry","type":"object","additionalProperties":false,"required":["publisher","product","name","version"],"properties":{"publisher":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace publisher id."},"product":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace offer id."},"name":{"$ref":"#/definitions/nonEmptyString","description":"Marketplace plan id."},"version":{"$ref":"#/definitions/nonEmptyString","description":"Plan version, n.n.n."}}},"offer":{"title":"OfferEntry","type":"object","additionalProperties":false,"required":["name","authorizations"],"properties":{"name":{"$ref":"#/definitions/nonEmptyString","description":"registrationDefinitionName: the offer title the customer sees."},"description":{"$ref":"#/definitions/nonEmptyString","description":"registrationDefinition description: what the customer sees under the offer title."},"authorizations":{"$ref":"#/definitions/authorizationSetKeys"},"plan":{"$ref":"#/definitions/marketplacePlan","description":"The Marketplace plan, for offers published through Partner Center (partner-center writes its technical configuration)."}}},"authorizationSetKeys":{"type":"array","description":"Keys of entries in `authorizationSets`.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/key"}},"customer":{"title":"CustomerEntry","type":"object","additionalProperties":false,"required":["tenantId","delegations"],"properties":{"displayName":{"$ref":"#/definitions/nonEmptyString","description":"The customer's name in generated files and reports (Azure does not use it). Default: the key."},"tenantId":{"$ref":"#/definitions/guid","description":"The customer's Entra tenant id."},"delegations":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/delegation"}}}},"delegation":{"title":"DelegationEntry","type":"object","additionalProperties":false,"required":["offer","subscription"],"properties":{"offer":{"$ref":"#/definitions/key","description":"Key of an entry in `offers`."},"subscription":{"$ref":"#/definitions/guid","description":"The customer subscription to delegate (or whose resource groups to delegate)."},"resourceGroups":{"type":"array","description":"Delegate only these resource groups of the subscription. Absent: the whole subscription.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/resourceGroupName"}},"authorizations":{"$ref":"#/definitions/authorizationSetKeys"},"definitionId":{"$ref":"#/definitions/guid","description":"Keep this registration definition name (GUID) instead of deriving one from managing tenant, customer tenant, subscription and offer key: the id of a delegation that is already deployed (import fills it in), so that a deploy updates it in place."},"assignmentName":{"$ref":"#/definitions/guid","description":"A whole-subscription delegation: keep this registration assignment name instead of deriving it from the definition and the scope."},"assignmentNames":{"type":"object","description":"A resource-group delegation: registration assignment names to keep, by resource group (each listed in resourceGroups); groups not named here get derived names.","minProperties":1,"propertyNames":{"$ref":"#/definitions/resourceGroupName"},"additionalProperties":{"$ref":"#/definitions/guid"}}}},"suppression":{"title":"SuppressionEntry","type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"type":"string","pattern":"^[Ll][Hh][1-9][0-9]{2}$","x-expected":"a rule id such as LH301","description":"The rule id, e.g. LH301 (any case)."},"reason":{"type":"string","minLength":10,"description":"Why the finding is accepted (at least 10 characters)."},"customer":{"$ref":"#/definitions/key","description":"Only in this customer (a key of `customers`)."},"subscription":{"$ref":"#/definitions/guid","description":"Only in this subscription."},"principal":{"$ref":"#/definitions/key","description":"Only for this principal (a key of `principals`)."}}},"settings":{"title":"SettingsEntry","type":"object","additionalProperties":false,"properties":{"cloud":{"type":"string","enum":["AzureCloud","AzureUSGovernment","AzureChinaCloud"],"description":"Default AzureCloud."},"backend":{"$ref":"#/definitions/backend"},"registerResourceProvider":{"type":"boolean","description":"Register Microsoft.ManagedServices on every delegated subscription. Default false."}},"description":"Cloud, Terraform state backend and provider registration of the generated stacks."},"backend":{"title":"BackendEntry","description":"Terraform state backend of every customer stack. `{stack}` in path, key and workspace is replaced by the stack name. Default: local, terraform.{stack}.tfstate.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["local","azurerm","cloud"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/definitions/localBackend"},{"$ref":"#/definitions/azurermBackend"},{"$ref":"#/definitions/cloudBackend"}]},"localBackend":{"title":"LocalBackendEntry","type":"object","additionalProperties":false,"properties":{"type":{"const":"local"},"path":{"$ref":"#/definitions/relativePath","description":"State file path relative to the stack directory. Default terraform.{stack}.tfstate."}},"required":["type"]},"relativePath":{"type":"string","pattern":"^(?![/\\\\])(?![A-Za-z]:)\\S.*$","x-expected":"a relative path (an absolute path would make the output differ between machines)"},"azurermBackend":{"title":"AzurermBackendEntry","type":"object","additionalProperties":false,"required":["type","resourceGroupName","storageAccountName","containerName"],"properties":{"type":{"const":"azurerm"},"resourceGroupName":{"$ref":"#/definitions/nonEmptyString","description":"Resource group of the state storage account."},"storageAccountName":{"type":"string","pattern":"^[a-z0-9]{3,24}$","x-expected":"a storage account name (3-24 lower-case letters and digits)","description":"Storage account holding the state (3-24 lower-case letters and digits)."},"containerName":{"$ref":"#/definitions/nonEmptyString","description":"Blob container of the state."},"key":{"$ref":"#/definitions/nonEmptyString","description":"State blob name. Default lighthouse/{stack}.tfstate."},"subscriptionId":{"$ref":"#/definitions/guid","description":"Subscription of the storage account. Default: the provider's."},"tenantId":{"$ref":"#/definitions/guid","description":"Tenant of the storage account. Default: the provider's."},"useAzureadAuth":{"type":"boolean","description":"Default true: Entra ID auth to the storage account, no access keys."},"useOidc":{"type":"boolean","description":"Default false: set true for workload identity federation in CI."}}},"cloudBackend":{"title":"CloudBackendEntry","type":"object","additionalProperties":false,"required":["type","organization"],"properties":{"type":{"const":"cloud"},"organization":{"$ref":"#/definitions/nonEmptyString","description":"HCP Terraform organization."},"workspace":{"$ref":"#/definitions/nonEmptyString","description":"Workspace name. Default lighthouse-{stack}."},"hostname":{"$ref":"#/definitions/nonEmptyString","description":"Default app.terraform.io."},"project":{"$ref":"#/definitions/nonEmptyString","description":"HCP Terraform project of the workspaces."}}}}};
