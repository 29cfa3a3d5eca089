<?php
/**
 * Plugin Name:       Therapy widgets
 * Description:       A block that places the therapy-widgets health information widgets (cancer treatment explained for children and families) in posts and pages.
 * Version:           @VERSION@
 * Requires at least: 6.3
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       therapy-widgets
 *
 * @package therapy-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the script-tag bundle and its stylesheet under the handle block.json names as its
 * viewScript and style, then the block itself from block.json.
 */
function therapy_widgets_register() {
	$version = '@VERSION@';
	wp_register_script( 'therapy-widgets', plugins_url( 'bundle/therapy-widgets.js', __FILE__ ), array(), $version, array( 'in_footer' => false ) );
	wp_register_style( 'therapy-widgets', plugins_url( 'bundle/therapy-widgets.css', __FILE__ ), array(), $version );
	register_block_type( __DIR__ . '/block' );
}
add_action( 'init', 'therapy_widgets_register' );

/**
 * Loads the bundle in the block editor, so the block's preview is the real widget. WordPress
 * copies what is enqueued on this hook into the editor's canvas iframe. On the front end this
 * hook runs on every page, so it does nothing there: block.json's viewScript loads the bundle
 * only on pages that have the block, once however many blocks they have.
 */
function therapy_widgets_enqueue_in_editor() {
	if ( is_admin() ) {
		wp_enqueue_script( 'therapy-widgets' );
	}
}
add_action( 'enqueue_block_assets', 'therapy_widgets_enqueue_in_editor' );

/**
 * The bundle is an ES module (it fetches its chunks with import()), so its tag needs
 * type="module", which WordPress's script handles do not set. Script modules
 * (wp_enqueue_script_module) would, but WordPress does not load them in the editor's canvas iframe.
 *
 * @param string $tag    The script tag WordPress prints.
 * @param string $handle The script's handle.
 * @return string The tag, as a module script when it is the bundle's.
 */
function therapy_widgets_module_script( $tag, $handle ) {
	if ( 'therapy-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/ type=([\'"])text\/javascript\1/', '', $tag );
	return str_replace( ' src=', ' type="module" src=', $tag );
}
add_filter( 'script_loader_tag', 'therapy_widgets_module_script', 10, 2 );
