// @ts-nocheck
/* eslint-disable */
/**
 * GENERATED from schema/policy.schema.json by `npm run gen` (Ajv standalone code): do not edit by hand.
 * The schema is its source; a test fails when this file is stale.
 */

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/lighthouse-iac/lighthouse-iac/schema/policy.schema.json","title":"LighthousePolicy","description":"A lighthouse-iac policy file (lighthouse.policy.yaml): which rule packs run, rule levels, and the organisation's parameters. GENERATED from the rule catalog by `npm run gen`.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"packs":{"type":"object","description":"Turn whole rule packs on (true) or off (false). A pack not named is on.","additionalProperties":false,"properties":{"service":{"type":"boolean","description":"LH101-LH120: what Azure rejects at deploy time"},"best-practice":{"type":"boolean","description":"LH201-LH210: what Microsoft recommends"},"cross-customer":{"type":"boolean","description":"LH301-LH304: risks across customers"},"marketplace":{"type":"boolean","description":"LH401-LH405: Partner Center plans"}}},"rules":{"type":"object","description":"Per rule id (any case): error, warning, info, or off.","propertyNames":{"type":"string","pattern":"^[Ll][Hh][1-9][0-9]{2}$","x-expected":"a rule id such as LH301"},"additionalProperties":{"type":"string","enum":["error","warning","info","off"]}},"parameters":{"type":"object","description":"Parameters of the rules; a parameter not set has the default its rule declares.","additionalProperties":false,"properties":{"forbiddenRoles":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"LH101: Roles (names or GUIDs) the organisation forbids, in addition to Owner.","default":[]},"mustBeEligibleRoles":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"LH203, LH208: Roles (names or GUIDs) that must be granted just in time, in addition to Contributor.","default":[]},"approvalRequiredRoles":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"LH208: Roles (names or GUIDs) whose eligible authorizations need approvers, in addition to Contributor and mustBeEligibleRoles.","default":[]},"minimumCustomers":{"type":"integer","minimum":2,"description":"LH301: How many customers with identical access make a finding.","default":2},"allowedManagingTenants":{"type":"array","uniqueItems":true,"description":"LH303: Managing tenant ids allowed to onboard (mirrors the Azure Policy 'Allow managing tenant ids to onboard through Azure Lighthouse'); empty: the rule is silent.","items":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","x-expected":"a tenant id (GUID)"},"default":[]}}}}};
const pattern0 = new RegExp("^[Ll][Hh][1-9][0-9]{2}$", "u");
const pattern1 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://github.com/lighthouse-iac/lighthouse-iac/schema/policy.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "packs")) || (key0 === "rules")) || (key0 === "parameters"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.packs !== undefined){
let data1 = data.packs;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((key1 === "service") || (key1 === "best-practice")) || (key1 === "cross-customer")) || (key1 === "marketplace"))){
const err2 = {instancePath:instancePath+"/packs",schemaPath:"#/properties/packs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.packs,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.service !== undefined){
let data2 = data1.service;
if(typeof data2 !== "boolean"){
const err3 = {instancePath:instancePath+"/packs/service",schemaPath:"#/properties/packs/properties/service/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.packs.properties.service.type,parentSchema:schema11.properties.packs.properties.service,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1["best-practice"] !== undefined){
let data3 = data1["best-practice"];
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/packs/best-practice",schemaPath:"#/properties/packs/properties/best-practice/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.packs.properties["best-practice"].type,parentSchema:schema11.properties.packs.properties["best-practice"],data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1["cross-customer"] !== undefined){
let data4 = data1["cross-customer"];
if(typeof data4 !== "boolean"){
const err5 = {instancePath:instancePath+"/packs/cross-customer",schemaPath:"#/properties/packs/properties/cross-customer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.packs.properties["cross-customer"].type,parentSchema:schema11.properties.packs.properties["cross-customer"],data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.marketplace !== undefined){
let data5 = data1.marketplace;
if(typeof data5 !== "boolean"){
const err6 = {instancePath:instancePath+"/packs/marketplace",schemaPath:"#/properties/packs/properties/marketplace/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.packs.properties.marketplace.type,parentSchema:schema11.properties.packs.properties.marketplace,data:data5};
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
const err7 = {instancePath:instancePath+"/packs",schemaPath:"#/properties/packs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.packs.type,parentSchema:schema11.properties.packs,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.rules !== undefined){
let data6 = data.rules;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
const _errs17 = errors;
if(typeof key2 === "string"){
if(!pattern0.test(key2)){
const err8 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[Ll][Hh][1-9][0-9]{2}$"},message:"must match pattern \""+"^[Ll][Hh][1-9][0-9]{2}$"+"\"",schema:"^[Ll][Hh][1-9][0-9]{2}$",parentSchema:schema11.properties.rules.propertyNames,data:key2,propertyName:key2};
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
const err9 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.propertyNames.type,parentSchema:schema11.properties.rules.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid2 = _errs17 === errors;
if(!valid2){
const err10 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema11.properties.rules.propertyNames,parentSchema:schema11.properties.rules,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key3 in data6){
let data7 = data6[key3];
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.additionalProperties.type,parentSchema:schema11.properties.rules.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((data7 === "error") || (data7 === "warning")) || (data7 === "info")) || (data7 === "off"))){
const err12 = {instancePath:instancePath+"/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.rules.additionalProperties.enum,parentSchema:schema11.properties.rules.additionalProperties,data:data7};
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
const err13 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.type,parentSchema:schema11.properties.rules,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.parameters !== undefined){
let data8 = data.parameters;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key4 in data8){
if(!(((((key4 === "forbiddenRoles") || (key4 === "mustBeEligibleRoles")) || (key4 === "approvalRequiredRoles")) || (key4 === "minimumCustomers")) || (key4 === "allowedManagingTenants"))){
const err14 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.parameters,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.forbiddenRoles !== undefined){
let data9 = data8.forbiddenRoles;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err15 = {instancePath:instancePath+"/parameters/forbiddenRoles/" + i0,schemaPath:"#/properties/parameters/properties/forbiddenRoles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.parameters.properties.forbiddenRoles.items,data:data10};
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
const err16 = {instancePath:instancePath+"/parameters/forbiddenRoles/" + i0,schemaPath:"#/properties/parameters/properties/forbiddenRoles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.parameters.properties.forbiddenRoles.items.type,parentSchema:schema11.properties.parameters.properties.forbiddenRoles.items,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err17 = {instancePath:instancePath+"/parameters/forbiddenRoles",schemaPath:"#/properties/parameters/properties/forbiddenRoles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.parameters.properties.forbiddenRoles,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err18 = {instancePath:instancePath+"/parameters/forbiddenRoles",schemaPath:"#/properties/parameters/properties/forbiddenRoles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.parameters.properties.forbiddenRoles.type,parentSchema:schema11.properties.parameters.properties.forbiddenRoles,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.mustBeEligibleRoles !== undefined){
let data11 = data8.mustBeEligibleRoles;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err19 = {instancePath:instancePath+"/parameters/mustBeEligibleRoles/" + i2,schemaPath:"#/properties/parameters/properties/mustBeEligibleRoles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.parameters.properties.mustBeEligibleRoles.items,data:data12};
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
const err20 = {instancePath:instancePath+"/parameters/mustBeEligibleRoles/" + i2,schemaPath:"#/properties/parameters/properties/mustBeEligibleRoles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.parameters.properties.mustBeEligibleRoles.items.type,parentSchema:schema11.properties.parameters.properties.mustBeEligibleRoles.items,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i3 = data11.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data11[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err21 = {instancePath:instancePath+"/parameters/mustBeEligibleRoles",schemaPath:"#/properties/parameters/properties/mustBeEligibleRoles/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema11.properties.parameters.properties.mustBeEligibleRoles,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err22 = {instancePath:instancePath+"/parameters/mustBeEligibleRoles",schemaPath:"#/properties/parameters/properties/mustBeEligibleRoles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.parameters.properties.mustBeEligibleRoles.type,parentSchema:schema11.properties.parameters.properties.mustBeEligibleRoles,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.approvalRequiredRoles !== undefined){
let data13 = data8.approvalRequiredRoles;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i4=0; i4<len2; i4++){
let data14 = data13[i4];
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err23 = {instancePath:instancePath+"/parameters/approvalRequiredRoles/" + i4,schemaPath:"#/properties/parameters/properties/approvalRequiredRoles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.parameters.properties.approvalRequiredRoles.items,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/parameters/approvalRequiredRoles/" + i4,schemaPath:"#/properties/parameters/properties/approvalRequiredRoles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.parameters.properties.approvalRequiredRoles.items.type,parentSchema:schema11.properties.parameters.properties.approvalRequiredRoles.items,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i5 = data13.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data13[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err25 = {instancePath:instancePath+"/parameters/approvalRequiredRoles",schemaPath:"#/properties/parameters/properties/approvalRequiredRoles/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema11.properties.parameters.properties.approvalRequiredRoles,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err26 = {instancePath:instancePath+"/parameters/approvalRequiredRoles",schemaPath:"#/properties/parameters/properties/approvalRequiredRoles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.parameters.properties.approvalRequiredRoles.type,parentSchema:schema11.properties.parameters.properties.approvalRequiredRoles,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.minimumCustomers !== undefined){
let data15 = data8.minimumCustomers;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err27 = {instancePath:instancePath+"/parameters/minimumCustomers",schemaPath:"#/properties/parameters/properties/minimumCustomers/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.parameters.properties.minimumCustomers.type,parentSchema:schema11.properties.parameters.properties.minimumCustomers,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 2 || isNaN(data15)){
const err28 = {instancePath:instancePath+"/parameters/minimumCustomers",schemaPath:"#/properties/parameters/properties/minimumCustomers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema11.properties.parameters.properties.minimumCustomers,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data8.allowedManagingTenants !== undefined){
let data16 = data8.allowedManagingTenants;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i6=0; i6<len3; i6++){
let data17 = data16[i6];
if(typeof data17 === "string"){
if(!pattern1.test(data17)){
const err29 = {instancePath:instancePath+"/parameters/allowedManagingTenants/" + i6,schemaPath:"#/properties/parameters/properties/allowedManagingTenants/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema11.properties.parameters.properties.allowedManagingTenants.items,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/parameters/allowedManagingTenants/" + i6,schemaPath:"#/properties/parameters/properties/allowedManagingTenants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.parameters.properties.allowedManagingTenants.items.type,parentSchema:schema11.properties.parameters.properties.allowedManagingTenants.items,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i7 = data16.length;
let j3;
if(i7 > 1){
const indices3 = {};
for(;i7--;){
let item3 = data16[i7];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err31 = {instancePath:instancePath+"/parameters/allowedManagingTenants",schemaPath:"#/properties/parameters/properties/allowedManagingTenants/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema11.properties.parameters.properties.allowedManagingTenants,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err32 = {instancePath:instancePath+"/parameters/allowedManagingTenants",schemaPath:"#/properties/parameters/properties/allowedManagingTenants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.parameters.properties.allowedManagingTenants.type,parentSchema:schema11.properties.parameters.properties.allowedManagingTenants,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.parameters.type,parentSchema:schema11.properties.parameters,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

